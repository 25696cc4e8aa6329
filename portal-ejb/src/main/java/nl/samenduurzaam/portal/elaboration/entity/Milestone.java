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
import java.time.LocalDate;
import java.util.Objects;

/** A milestone of an elaboration with its date and progress (0-100 %). */
@Entity
@Table(name = "elaboration_milestone")
public class Milestone {

    @Id
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "elaboration_id")
    private Elaboration elaboration;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(nullable = false)
    private int progress;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected Milestone() {
    }

    Milestone(Elaboration elaboration, int position, String title, LocalDate dueDate) {
        this.elaboration = elaboration;
        this.position = position;
        this.title = Objects.requireNonNull(title);
        this.dueDate = Objects.requireNonNull(dueDate);
    }

    void change(String newTitle, LocalDate newDueDate) {
        this.title = Objects.requireNonNull(newTitle);
        this.dueDate = Objects.requireNonNull(newDueDate);
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    void progress(int percentage, Instant now) {
        Elaboration.requirePercentage(percentage);
        this.progress = percentage;
        this.completedAt = percentage == 100 ? now : null;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public int getProgress() {
        return progress;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public boolean isOverdue(LocalDate today) {
        return progress < 100 && dueDate.isBefore(today);
    }
}
