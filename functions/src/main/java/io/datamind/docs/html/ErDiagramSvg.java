package io.datamind.docs.html;

import io.datamind.relate.Relationship;
import io.datamind.relate.RelationshipOrigin;
import io.datamind.scan.TableRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * An entity-relationship diagram as inline SVG: table boxes on a grid (see {@link ErLayout}), in breadth-first order
 * over the relationships so linked tables sit near each other, and a line per relationship, dashed when inferred.
 */
final class ErDiagramSvg {

    /** What one box shows: the table, the anchor it links to, and its key columns ("PK id", "FK customer_id"). */
    record Box(TableRef table, String anchor, List<String> lines) {
    }

    private static final int MAX_LABEL = 27;

    private final List<Box> boxes;
    private final List<Relationship> relationships;

    ErDiagramSvg(List<Box> boxes, List<Relationship> relationships) {
        this.boxes = boxes;
        Set<TableRef> shown = new HashSet<>();
        boxes.forEach(b -> shown.add(b.table()));
        this.relationships = relationships.stream().filter(r -> shown.contains(r.from()) && shown.contains(r.to())).toList();
    }

    String render(String title) {
        if (boxes.isEmpty()) {
            return "";
        }
        List<Box> ordered = linkedOrder();
        ErLayout layout = new ErLayout(ordered);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"er\" viewBox=\"0 0 ").append(layout.width()).append(' ').append(layout.height())
                .append("\" width=\"").append(layout.width()).append("\" height=\"").append(layout.height()).append("\"><title>")
                .append(Html.text(title)).append("</title>");
        for (int i = 0; i < relationships.size(); i++) {
            line(svg, relationships.get(i), layout, i);
        }
        ordered.forEach(b -> box(svg, b, layout.place(b.table())));
        return svg.append("</svg>").toString();
    }

    /** The line ends in a dot at the referenced (parent) table. */
    private static void line(StringBuilder svg, Relationship r, ErLayout layout, int lane) {
        String tip = r.from().key() + "(" + String.join(", ", r.fromColumns()) + ") → " + r.to().key() + "("
                + String.join(", ", r.toColumns()) + ")" + (r.origin() == RelationshipOrigin.INFERRED ? " inferred" : "");
        ErLayout.Route route = layout.route(r.from(), r.to(), lane);
        svg.append("<g class=\"rel").append(r.origin() == RelationshipOrigin.INFERRED ? " inf" : "").append("\"><title>")
                .append(Html.text(tip)).append("</title><path d=\"").append(route.path()).append("\"/>");
        if (!r.from().equals(r.to())) {
            svg.append("<circle cx=\"").append(route.endX()).append("\" cy=\"").append(route.endY()).append("\" r=\"3\"/>");
        }
        svg.append("</g>");
    }

    private static void box(StringBuilder svg, Box box, ErLayout.Place place) {
        int x = place.x();
        int y = place.y();
        svg.append("<a href=\"#").append(Html.attr(box.anchor())).append("\"><g class=\"box\">");
        if (box.table().key().length() > MAX_LABEL) {
            svg.append("<title>").append(Html.text(box.table().key())).append("</title>");
        }
        svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(ErLayout.BOX_WIDTH)
                .append("\" height=\"").append(place.height()).append("\"/>")
                .append("<rect class=\"hd\" x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(ErLayout.BOX_WIDTH)
                .append("\" height=\"").append(ErLayout.HEADER_HEIGHT).append("\"/>")
                .append("<text class=\"tn\" x=\"").append(x + 6).append("\" y=\"").append(y + 14).append("\">")
                .append(Html.text(Html.shorten(box.table().key(), MAX_LABEL))).append("</text>");
        List<String> lines = box.lines();
        int shown = Math.min(lines.size(), ErLayout.MAX_LINES);
        for (int i = 0; i < shown; i++) {
            columnLine(svg, x, y + ErLayout.HEADER_HEIGHT + (i + 1) * ErLayout.LINE_HEIGHT, lines.get(i));
        }
        if (lines.size() > ErLayout.MAX_LINES) {
            columnLine(svg, x, y + ErLayout.HEADER_HEIGHT + (ErLayout.MAX_LINES + 1) * ErLayout.LINE_HEIGHT, "+" + (lines.size() - ErLayout.MAX_LINES) + " more");
        }
        svg.append("</g></a>");
    }

    private static void columnLine(StringBuilder svg, int x, int baseline, String text) {
        svg.append("<text x=\"").append(x + 6).append("\" y=\"").append(baseline).append("\">")
                .append(Html.text(Html.shorten(text, MAX_LABEL + 3))).append("</text>");
    }

    /** Breadth-first over relationships from each not-yet-placed table, so each connected group stays together. */
    private List<Box> linkedOrder() {
        Map<TableRef, Box> byTable = new HashMap<>();
        boxes.forEach(b -> byTable.put(b.table(), b));
        Map<TableRef, List<TableRef>> neighbours = new HashMap<>();
        Function<TableRef, List<TableRef>> list = t -> neighbours.computeIfAbsent(t, k -> new ArrayList<>());
        for (Relationship r : relationships) {
            list.apply(r.from()).add(r.to());
            list.apply(r.to()).add(r.from());
        }
        Set<TableRef> placed = new LinkedHashSet<>();
        for (Box start : boxes) {
            Deque<TableRef> queue = new ArrayDeque<>(List.of(start.table()));
            while (!queue.isEmpty()) {
                TableRef table = queue.poll();
                if (placed.add(table)) {
                    queue.addAll(neighbours.getOrDefault(table, List.of()));
                }
            }
        }
        return placed.stream().map(byTable::get).toList();
    }
}
