package io.datamind.demo;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Fills the {@code hr} schema; returns the ids of the sales staff who take phone orders. */
final class HrData {

    private static final String COMPANY_DOMAIN = "northwind-outfitters.co.uk";
    /** Head count per department id; the first hire of each department heads it. */
    private static final Map<Integer, Integer> HEAD_COUNT = Map.of(1, 2, 2, 10, 3, 14, 4, 30, 5, 6, 6, 5, 7, 8, 8, 3, 9, 5);
    private static final int EXECUTIVE = 1;
    private static final int SALES = 2;
    private static final int WAREHOUSE = 4;

    private final DemoRandom random;
    private final ContactFaker faker;
    private final WordLists words;

    HrData(long seed, WordLists words) {
        this.random = new DemoRandom(seed, "hr.employees");
        this.faker = new ContactFaker(random, words);
        this.words = words;
    }

    List<Integer> load(Connection connection) throws SQLException {
        List<List<String>> departments = words.rows("departments");
        Map<Integer, Integer> heads = new HashMap<>();
        int nextId = 1;
        for (List<String> department : departments) {
            int departmentId = Integer.parseInt(department.get(0));
            heads.put(departmentId, nextId);
            nextId += HEAD_COUNT.get(departmentId);
        }
        insertDepartments(connection, departments, heads);
        return insertEmployees(connection, departments, heads);
    }

    private List<Integer> insertEmployees(Connection connection, List<List<String>> departments,
                                          Map<Integer, Integer> heads) throws SQLException {
        List<Integer> salesReps = new ArrayList<>();
        Set<String> emails = new HashSet<>();
        try (BatchInsert insert = new BatchInsert(connection, "hr.employees", "employee_id", "first_name", "last_name",
                "work_email", "phone", "date_of_birth", "hire_date", "termination_date", "department_id", "manager_id",
                "job_title", "annual_salary", "iban", "home_street_address", "home_postal_code", "home_city",
                "country_code", "is_active")) {
            for (List<String> department : departments) {
                int departmentId = Integer.parseInt(department.get(0));
                List<String> titles = List.of(department.get(3).split(","));
                int headId = heads.get(departmentId);
                for (int id = headId; id < headId + HEAD_COUNT.get(departmentId); id++) {
                    boolean head = id == headId;
                    if (!head && departmentId == SALES) {
                        salesReps.add(id);
                    }
                    Integer manager = !head ? Integer.valueOf(headId) : departmentId == EXECUTIVE ? null : heads.get(EXECUTIVE);
                    String title = head ? titles.get(0) : titles.get(random.between(1, titles.size() - 1));
                    insert.row(employee(id, departmentId, manager, title, head, emails));
                }
            }
        }
        return List.copyOf(salesReps);
    }

    private Object[] employee(int id, int departmentId, Integer manager, String title, boolean head, Set<String> emails) {
        String country = departmentId == WAREHOUSE ? random.pick(List.of("GB", "GB", "NL", "DE", "US"))
                : random.chance(0.85) ? "GB" : random.pick(List.of("NL", "IE", "DE"));
        Place home = faker.placeIn(country);
        String first = faker.firstName();
        String last = faker.lastName();
        LocalDate hired = head && departmentId == EXECUTIVE ? LocalDate.of(2015, 9, 1)
                : random.dateBetween(LocalDate.of(2015, 10, 1), LocalDate.of(2025, 11, 3));
        LocalDate earliestLeaving = hired.plusMonths(3);
        LocalDate left = !head && earliestLeaving.isBefore(ShopCalendar.SNAPSHOT_DATE) && random.chance(0.1)
                ? random.dateBetween(earliestLeaving, ShopCalendar.SNAPSHOT_DATE) : null;
        return new Object[] {id, first, last, faker.workEmail(first, last, COMPANY_DOMAIN, emails),
                random.chance(0.9) ? faker.phone(home) : null,
                random.chance(0.97) ? random.dateBetween(LocalDate.of(1961, 1, 1), LocalDate.of(2004, 6, 30)) : null,
                hired, left, departmentId, manager, title, salary(departmentId, head), Iban.generate(random, country),
                faker.streetAddress(home), faker.postalCode(home), home.city(), country, left == null};
    }

    private BigDecimal salary(int departmentId, boolean head) {
        int base = departmentId == WAREHOUSE || departmentId == 3 ? 24_000 : 32_000;
        int value = head ? base * 2 + random.between(10, 60) * 1_000 : base + random.between(0, 30) * 500;
        return BigDecimal.valueOf(value).setScale(2);
    }

    private void insertDepartments(Connection connection, List<List<String>> departments,
                                   Map<Integer, Integer> heads) throws SQLException {
        try (BatchInsert insert = new BatchInsert(connection, "hr.departments",
                "department_id", "name", "cost_center", "manager_employee_id")) {
            for (List<String> department : departments) {
                int departmentId = Integer.parseInt(department.get(0));
                insert.row(departmentId, department.get(1), department.get(2), heads.get(departmentId));
            }
        }
    }
}
