package nl.samenduurzaam.portal.idea.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last idea number handed out in a year; read under a pessimistic lock. */
@Entity
@Table(name = "idea_number_counter")
public class IdeaNumberCounter {

    @Id
    @Column(name = "idea_year")
    private Integer year;

    @Column(name = "last_number", nullable = false)
    private int lastNumber;

    protected IdeaNumberCounter() {
    }

    public IdeaNumberCounter(int year) {
        this.year = year;
    }

    public String next() {
        lastNumber++;
        return IdeaNumber.format(year, lastNumber);
    }
}
