package nl.samenduurzaam.portal.insight.boundary;

import java.io.Serializable;
import java.util.List;

/** A participant's ballot in a session's dot vote: the open insights and the dots the participant put on each. */
public record Ballot(long sessionId, boolean open, int dots, int dotsLeft, List<Line> insights)
        implements Serializable {

    public Ballot {
        insights = List.copyOf(insights);
    }

    public record Line(long insightId, String themeCode, String text, String clusterName, int myDots)
            implements Serializable {
    }
}
