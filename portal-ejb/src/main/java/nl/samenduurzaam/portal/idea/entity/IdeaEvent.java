package nl.samenduurzaam.portal.idea.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One entry of an idea's timeline: who did what when, and the status before and after. */
@Entity
@Table(name = "idea_event")
public class IdeaEvent {

    @Id
    @SequenceGenerator(name = "portal_seq", sequenceName = "portal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "idea_id")
    private Idea idea;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 100)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private IdeaEventType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 40)
    private IdeaStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 40)
    private IdeaStatus toStatus;

    @Column(length = 2000)
    private String note;

    @Column(name = "workflow_ref", length = 100)
    private String workflowReference;

    protected IdeaEvent() {
    }

    IdeaEvent(Idea idea, Instant occurredAt, String actor, IdeaEventType type, IdeaStatus fromStatus,
              IdeaStatus toStatus, String note) {
        this.idea = idea;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.type = type;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.note = note;
    }

    IdeaEvent(Idea idea, Instant occurredAt, String actor, IdeaEventType type, IdeaStatus status, String note,
              String workflowReference) {
        this(idea, occurredAt, actor, type, status, status, note);
        this.workflowReference = workflowReference;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public IdeaEventType getType() {
        return type;
    }

    public IdeaStatus getFromStatus() {
        return fromStatus;
    }

    public IdeaStatus getToStatus() {
        return toStatus;
    }

    public String getNote() {
        return note;
    }

    public boolean isWrittenBy(String reference) {
        return reference != null && reference.equals(workflowReference);
    }
}
