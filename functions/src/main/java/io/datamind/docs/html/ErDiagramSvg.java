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
 * An entity-relationship diagram as inline SVG: table boxes on a grid, in breadth-first order over the relationships
 * so linked tables sit near each other, and a straight line per relationship (dashed when inferred). Lines are drawn
 * first so the opaque boxes cover their ends.
 */
final class ErDiagramSvg {

    /** What one box shows: the table, the anchor it links to, and its key columns ("PK id", "FK customer_id"). */
    record Box(TableRef table, String anchor, List<String> lines) {
    }

    private static final int BOX_WIDTH = 190;
    private static final int HEADER_HEIGHT = 20;
    private static final int LINE_HEIGHT = 14;
    private static final int MAX_LINES = 6;
    private static final int GAP_X = 50;
    private static final int GAP_Y = 36;
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
        int perRow = (int) Math.ceil(Math.sqrt(ordered.size()));
        Map<TableRef, int[]> positions = new HashMap<>();
        List<Integer> rowHeights = rowHeights(ordered, perRow);
        int y = 0;
        for (int i = 0; i < ordered.size(); i++) {
            int row = i / perRow;
            if (i > 0 && i % perRow == 0) {
                y += rowHeights.get(row - 1) + GAP_Y;
            }
            int x = (i % perRow) * (BOX_WIDTH + GAP_X);
            positions.put(ordered.get(i).table(), new int[] {x + 1, y + 1, boxHeight(ordered.get(i))});
        }
        int width = Math.min(perRow, ordered.size()) * (BOX_WIDTH + GAP_X) - GAP_X + 2;
        int height = y + rowHeights.get(rowHeights.size() - 1) + 2;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"er\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\"><title>").append(Html.text(title)).append("</title>");
        relationships.forEach(r -> line(svg, r, positions));
        ordered.forEach(b -> box(svg, b, positions.get(b.table())));
        return svg.append("</svg>").toString();
    }

    private List<Integer> rowHeights(List<Box> ordered, int perRow) {
        List<Integer> heights = new ArrayList<>();
        for (int start = 0; start < ordered.size(); start += perRow) {
            heights.add(ordered.subList(start, Math.min(start + perRow, ordered.size())).stream()
                    .mapToInt(ErDiagramSvg::boxHeight).max().orElse(HEADER_HEIGHT));
        }
        return heights;
    }

    private static int boxHeight(Box box) {
        int lines = Math.min(box.lines().size(), MAX_LINES + 1);
        return HEADER_HEIGHT + lines * LINE_HEIGHT + (lines > 0 ? 4 : 0);
    }

    private static void line(StringBuilder svg, Relationship r, Map<TableRef, int[]> positions) {
        int[] from = positions.get(r.from());
        int[] to = positions.get(r.to());
        String tip = r.from().key() + "(" + String.join(", ", r.fromColumns()) + ") → " + r.to().key() + "("
                + String.join(", ", r.toColumns()) + ")" + (r.origin() == RelationshipOrigin.INFERRED ? " inferred" : "");
        svg.append("<g class=\"rel").append(r.origin() == RelationshipOrigin.INFERRED ? " inf" : "").append("\"><title>")
                .append(Html.text(tip)).append("</title>");
        if (from == to) {
            int x = from[0] + BOX_WIDTH;
            int y = from[1] + HEADER_HEIGHT / 2;
            svg.append("<path d=\"M").append(x).append(' ').append(y).append("h18v18h-18\" fill=\"none\"/>");
        } else {
            svg.append("<line x1=\"").append(from[0] + BOX_WIDTH / 2).append("\" y1=\"").append(from[1] + from[2] / 2)
                    .append("\" x2=\"").append(to[0] + BOX_WIDTH / 2).append("\" y2=\"").append(to[1] + to[2] / 2).append("\"/>");
        }
        svg.append("</g>");
    }

    private static void box(StringBuilder svg, Box box, int[] position) {
        int x = position[0];
        int y = position[1];
        svg.append("<a href=\"#").append(Html.attr(box.anchor())).append("\"><g class=\"box\">");
        if (box.table().key().length() > MAX_LABEL) {
            svg.append("<title>").append(Html.text(box.table().key())).append("</title>");
        }
        svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(BOX_WIDTH)
                .append("\" height=\"").append(position[2]).append("\"/>")
                .append("<rect class=\"hd\" x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(BOX_WIDTH)
                .append("\" height=\"").append(HEADER_HEIGHT).append("\"/>")
                .append("<text class=\"tn\" x=\"").append(x + 6).append("\" y=\"").append(y + 14).append("\">")
                .append(Html.text(Html.shorten(box.table().key(), MAX_LABEL))).append("</text>");
        List<String> lines = box.lines();
        int shown = Math.min(lines.size(), MAX_LINES);
        for (int i = 0; i < shown; i++) {
            columnLine(svg, x, y + HEADER_HEIGHT + (i + 1) * LINE_HEIGHT, lines.get(i));
        }
        if (lines.size() > MAX_LINES) {
            columnLine(svg, x, y + HEADER_HEIGHT + (MAX_LINES + 1) * LINE_HEIGHT, "+" + (lines.size() - MAX_LINES) + " more");
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
