package app.kith.cli;

import app.kith.domain.Depth;
import app.kith.domain.FollowUp;
import app.kith.insight.today.ComingDate;
import app.kith.insight.today.MonthMix;
import app.kith.insight.today.NamedFollowUp;
import app.kith.insight.today.RecentEntry;
import app.kith.insight.today.TodayReport;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;

/**
 * {@code kith today --json}: the sections of Today as one object, {@code asOf}, {@code reachOut} (entries as
 * {@code kith review --json} writes them), {@code followUpsDue}, {@code comingUp}, {@code monthMix} (12 months,
 * oldest first, a count per depth code) and {@code recent}.
 */
final class TodayJson {

    private final InsightJson format = new InsightJson();

    ObjectNode of(TodayReport report) {
        ObjectNode root = format.object();
        root.put("asOf", report.asOf().toString());
        root.set("reachOut", format.array(report.reachOut(), format::reviewObject));
        ArrayNode due = root.putArray("followUpsDue");
        for (NamedFollowUp named : report.followUpsDue()) {
            FollowUp followUp = named.followUp();
            ObjectNode node = due.addObject();
            node.put("personId", followUp.person().toString());
            node.put("person", named.person());
            node.put("due", followUp.due().toString());
            node.put("text", followUp.text());
        }
        ArrayNode coming = root.putArray("comingUp");
        for (ComingDate date : report.comingUp()) {
            ObjectNode node = coming.addObject();
            node.put("personId", date.personId().toString());
            node.put("person", date.person());
            node.put("label", date.label());
            node.put("date", date.date().toString());
            node.put("next", date.next().toString());
            node.put("years", date.years());
        }
        ArrayNode months = root.putArray("monthMix");
        for (MonthMix month : report.monthMix()) {
            ObjectNode node = months.addObject();
            node.put("month", month.month().toString());
            for (Depth depth : Depth.values()) {
                node.put(depth.code(), month.count(depth));
            }
        }
        ArrayNode recent = root.putArray("recent");
        for (RecentEntry entry : report.recent()) {
            ObjectNode node = recent.addObject();
            node.put("id", entry.id().toString());
            node.put("date", entry.date().toString());
            ArrayNode people = node.putArray("people");
            entry.people().forEach(people::add);
            node.put("channel", entry.channel().code());
            node.put("depth", entry.depth().code());
        }
        return root;
    }

    void print(TodayReport report, PrintWriter out) {
        format.print(of(report), out);
    }
}
