package io.datamind.docs.html;

import io.datamind.scan.TableRef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Places diagram boxes on a square-ish grid and routes relationship lines through the empty gutters between rows
 * and columns, so a line never runs across a box it does not belong to.
 */
final class ErLayout {

    static final int BOX_WIDTH = 190;
    static final int HEADER_HEIGHT = 20;
    static final int LINE_HEIGHT = 14;
    static final int MAX_LINES = 6;
    private static final int GAP_X = 50;
    private static final int GAP_Y = 36;
    /** Room outside the outer boxes for the gutters that run along them. */
    private static final int MARGIN = GAP_X / 2 + 10;

    /** Where one box sits; {@code rowBottom} is the lowest edge of any box in its row. */
    record Place(int x, int y, int height, int column, int rowBottom) {
        int right() {
            return x + BOX_WIDTH;
        }

        int headerMiddle() {
            return y + HEADER_HEIGHT / 2;
        }
    }

    /** A relationship line: SVG path data and the point where it meets the referenced table. */
    record Route(String path, int endX, int endY) {
    }

    private final Map<TableRef, Place> places = new HashMap<>();
    private final int width;
    private final int height;

    ErLayout(List<ErDiagramSvg.Box> ordered) {
        int perRow = Math.max(1, (int) Math.ceil(Math.sqrt(ordered.size())));
        int y = MARGIN;
        for (int start = 0; start < ordered.size(); start += perRow) {
            List<ErDiagramSvg.Box> row = ordered.subList(start, Math.min(start + perRow, ordered.size()));
            int rowHeight = row.stream().mapToInt(ErLayout::boxHeight).max().orElse(HEADER_HEIGHT);
            for (int column = 0; column < row.size(); column++) {
                int x = MARGIN + column * (BOX_WIDTH + GAP_X);
                places.put(row.get(column).table(), new Place(x, y, boxHeight(row.get(column)), column, y + rowHeight));
            }
            y += rowHeight + GAP_Y;
        }
        this.width = 2 * MARGIN + Math.min(perRow, ordered.size()) * (BOX_WIDTH + GAP_X) - GAP_X;
        this.height = y - GAP_Y + MARGIN;
    }

    static int boxHeight(ErDiagramSvg.Box box) {
        int lines = Math.min(box.lines().size(), MAX_LINES + 1);
        return HEADER_HEIGHT + lines * LINE_HEIGHT + (lines > 0 ? 4 : 0);
    }

    Place place(TableRef table) {
        return places.get(table);
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /**
     * SVG path data from one box to another: down from the source into the gutter below its row, along that gutter to
     * the column gutter beside the target, then along it to the target's header. {@code lane} shifts the gutter
     * segments a few pixels so lines sharing a gutter stay apart.
     */
    Route route(TableRef from, TableRef to, int lane) {
        Place source = places.get(from);
        Place target = places.get(to);
        int offset = (lane % 5) * 3 - 6;
        if (source == target) {
            return new Route("M" + source.right() + " " + source.headerMiddle() + "h18v18h-18", source.right(), source.headerMiddle());
        }
        int sourceX = source.x() + BOX_WIDTH / 2 + offset;
        int rowGutter = source.rowBottom() + GAP_Y / 2 + offset;
        boolean enterFromLeft = target.column() > source.column()
                || (target.column() == source.column() && target.column() == 0);
        int columnGutter = enterFromLeft ? target.x() - GAP_X / 2 + offset : target.right() + GAP_X / 2 + offset;
        int targetX = enterFromLeft ? target.x() : target.right();
        String path = "M" + sourceX + " " + (source.y() + source.height()) + "V" + rowGutter + "H" + columnGutter
                + "V" + target.headerMiddle() + "H" + targetX;
        return new Route(path, targetX, target.headerMiddle());
    }
}
