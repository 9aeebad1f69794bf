package io.datamind.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Fills {@code sales.reviews}: mostly verified buyers reviewing what was delivered to them, some unverified
 * reviews, and reviews by customers who no longer exist (the undeclared FK's orphans).
 */
final class ReviewData {

    static final int REVIEWS = 3_000;
    private static final int UNVERIFIED = 260;
    private static final double[] RATING_WEIGHTS = {8, 7, 12, 28, 45};

    private final DemoRandom random;
    private final WordLists words;

    ReviewData(long seed, WordLists words) {
        this.random = new DemoRandom(seed, "sales.reviews");
        this.words = words;
    }

    void load(Connection connection, List<PlannedOrder> orders, LocalDateTime[] deliveredAt, int customers,
              int products) throws SQLException {
        List<PlannedOrder> delivered = orders.stream().filter(o -> deliveredAt[o.id()] != null).toList();
        List<Review> reviews = new ArrayList<>(REVIEWS);
        int orphans = PlantedAnomalies.ORPHAN_REVIEW_CUSTOMERS;
        int verified = REVIEWS - UNVERIFIED - orphans;
        while (reviews.size() < verified) {
            PlannedOrder order = random.pick(delivered);
            PlannedOrder.Line line = random.pick(order.lines());
            LocalDateTime at = deliveredAt[order.id()].plusHours(random.between(6, 40 * 24));
            if (line.quantity() > 0 && !at.isAfter(ShopCalendar.SNAPSHOT)) {
                reviews.add(new Review(line.productId(), order.customerId(), true, at));
            }
        }
        for (int i = 0; i < UNVERIFIED + orphans; i++) {
            // accounts deleted since (GDPR erasure) leave ids above today's highest customer id
            int customerId = i < orphans ? customers + random.between(1, 600) : random.between(1, customers);
            reviews.add(new Review(random.between(1, products), customerId, i < orphans && random.chance(0.7),
                    random.timeBetween(ShopCalendar.FIRST_ORDER.plusDays(10), ShopCalendar.SNAPSHOT)));
        }
        reviews.sort(Comparator.comparing(Review::at).thenComparing(Review::customerId).thenComparing(Review::productId));
        insert(connection, reviews);
    }

    private record Review(int productId, int customerId, boolean verified, LocalDateTime at) {
    }

    private void insert(Connection connection, List<Review> reviews) throws SQLException {
        try (BatchInsert insert = new BatchInsert(connection, "sales.reviews", "review_id", "product_id", "customer_id",
                "rating", "title", "body", "is_verified_purchase", "helpful_votes", "created_at")) {
            for (int i = 0; i < reviews.size(); i++) {
                Review review = reviews.get(i);
                int rating = random.weighted(RATING_WEIGHTS) + 1;
                boolean positive = rating >= 3;
                insert.row(i + 1, review.productId(), review.customerId(), rating,
                        random.chance(0.1) ? null : random.pick(words.words(positive ? "review_titles_good" : "review_titles_bad")),
                        random.chance(0.15) ? null : body(positive), review.verified(), helpfulVotes(), review.at());
            }
        }
    }

    private String body(boolean positive) {
        List<String> sentences = words.words(positive ? "review_sentences_good" : "review_sentences_bad");
        StringBuilder body = new StringBuilder(random.pick(sentences));
        for (int extra = random.between(0, 2); extra > 0; extra--) {
            body.append(' ').append(random.pick(sentences));
        }
        return body.toString();
    }

    private int helpfulVotes() {
        int votes = 0;
        while (random.chance(0.45) && votes < 250) {
            votes += votes < 5 ? 1 : random.between(1, 8);
        }
        return votes;
    }
}
