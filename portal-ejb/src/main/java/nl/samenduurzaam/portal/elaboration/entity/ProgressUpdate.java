package nl.samenduurzaam.portal.elaboration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * What the owner reports on the way: a text and the progress of the whole elaboration; for a report on a milestone
 * also the milestone and the figure entered for it, from which the whole's figure (the mean of the milestones)
 * followed.
 */
@Entity
@Table(name = "elaboration_progress")
public class ProgressUpdate {

    @Id
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "elaboration_id")
    private Elaboration elaboration;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Column(name = "reported_by", nullable = false, length = 100)
    private String reportedBy;

    @Column(nullable = false)
    private int percentage;

    @Column(nullable = false, length = 4000)
    private String text;

    @Column(name = "milestone_title", length = 200)
    private String milestoneTitle;

    @Column(name = "milestone_percentage")
    private Integer milestonePercentage;

    protected ProgressUpdate() {
    }

    ProgressUpdate(Elaboration elaboration, Instant reportedAt, String reportedBy, int percentage, String text,
                   Milestone milestone, Integer milestonePercentage) {
        this.elaboration = elaboration;
        this.reportedAt = reportedAt;
        this.reportedBy = reportedBy;
        this.percentage = percentage;
        this.text = text;
        this.milestoneTitle = milestone == null ? null : milestone.getTitle();
        this.milestonePercentage = milestone == null ? null : milestonePercentage;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public int getPercentage() {
        return percentage;
    }

    public String getText() {
        return text;
    }

    /** The milestone the report was about; null for a report on the whole. */
    public String getMilestoneTitle() {
        return milestoneTitle;
    }

    /** The figure entered for the milestone; null for a report on the whole. */
    public Integer getMilestonePercentage() {
        return milestonePercentage;
    }
}
