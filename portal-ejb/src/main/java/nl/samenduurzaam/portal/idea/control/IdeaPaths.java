package nl.samenduurzaam.portal.idea.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The portal's pages about an idea and its tasks, as a mail links to them. */
public final class IdeaPaths {

    private IdeaPaths() {
    }

    public static String idea(String number) {
        return "/ideas/idea.xhtml?number=" + encoded(number);
    }

    /** A civil servant's task page. */
    public static String task(String taskId) {
        return "/tasks/task.xhtml?id=" + encoded(taskId);
    }

    /** An organisation's task answered on the partner's page (a question, an ownership proposal). */
    public static String partnerTask(String taskId) {
        return "/partner/ideas.xhtml?task=" + encoded(taskId);
    }

    /** The elaboration of an idea, where its owner elaborates and reports progress. */
    public static String elaboration(String number) {
        return "/partner/elaboration.xhtml?idea=" + encoded(number);
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
