package nl.samenduurzaam.workflow.report.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * Who has work: per candidate group the open tasks nobody holds yet and those claimed; per person the tasks held now
 * and the tasks completed in each of the last weeks (oldest week first).
 */
public record Workload(List<GroupLoad> groups, List<PersonLoad> people, List<java.time.LocalDate> weeks)
        implements Serializable {

    public Workload {
        groups = List.copyOf(groups);
        people = List.copyOf(people);
        weeks = List.copyOf(weeks);
    }

    public record GroupLoad(String group, long unclaimed, long claimed) implements Serializable {
    }

    public record PersonLoad(String person, long holding, List<Long> completedPerWeek) implements Serializable {

        public PersonLoad {
            completedPerWeek = List.copyOf(completedPerWeek);
        }
    }
}
