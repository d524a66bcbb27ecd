package org.globalaifund.engine.finance.fx;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.globalaifund.engine.problem.FundException;

/**
 * The ECB's euro foreign exchange reference rates, read from one of its two CSV files: the daily
 * {@code eurofxref.csv} ({@code Date, USD, JPY, ...} then {@code 27 November 2026, 1.0512, 162.45, ...}) or the
 * historical {@code eurofxref-hist.csv} (ISO dates, {@code N/A} where a currency has no rate, a trailing empty
 * column). Anything else is refused as a whole with the line at fault, so a wrong file writes nothing.
 *
 * @param days the rates of each day in the file, oldest first
 * @param ignored currency columns the fund does not use: unknown or withdrawn codes, and the fixed parities
 */
public record EcbRateFile(List<Day> days, Set<String> ignored) {

    /** Units of each currency per 1 EUR on one day. */
    public record Day(LocalDate date, Map<String, BigDecimal> unitsPerEur) {}

    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
    private static final DateTimeFormatter DAILY_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final int MAX_DECIMALS = 10;
    private static final int MAX_INTEGER_DIGITS = 14;

    /**
     * Reads the file. {@code usable} says which currency codes the fund keeps (known, not fixed to the euro);
     * other columns are read for format but their rates are left out and listed in {@link #ignored()}.
     */
    public static EcbRateFile parse(String text, Predicate<String> usable) {
        if (text == null || text.isBlank()) {
            throw refused("the file is empty.");
        }
        String[] lines = text.replace("\uFEFF", "").split("\\R");
        int lineNo = 0;
        List<String> header = null;
        while (header == null && lineNo < lines.length) {
            String line = lines[lineNo++];
            if (!line.isBlank()) {
                header = cells(line);
            }
        }
        List<String> codes = currencies(header);
        Set<String> ignored = new TreeSet<>();
        codes.stream().filter(c -> !usable.test(c)).forEach(ignored::add);

        List<Day> days = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (; lineNo < lines.length; lineNo++) {
            String line = lines[lineNo];
            if (line.isBlank() || line.replace(",", "").isBlank()) {
                continue;
            }
            List<String> cells = cells(line);
            int shown = lineNo + 1;
            if (cells.size() > codes.size() + 1) {
                throw refused("line " + shown + " has " + (cells.size() - 1) + " rates but the header names " + codes.size() + " currencies.");
            }
            LocalDate date = date(cells.get(0), shown);
            if (!seen.add(date)) {
                throw refused("line " + shown + " repeats the date " + date + ".");
            }
            Map<String, BigDecimal> rates = new LinkedHashMap<>();
            for (int i = 1; i < cells.size(); i++) {
                String code = codes.get(i - 1);
                BigDecimal rate = rate(cells.get(i), shown, code);
                if (rate != null && !ignored.contains(code)) {
                    rates.put(code, rate);
                }
            }
            days.add(new Day(date, Map.copyOf(rates)));
        }
        if (days.isEmpty()) {
            throw refused("it has a header but no rates.");
        }
        days.sort((a, b) -> a.date().compareTo(b.date()));
        return new EcbRateFile(List.copyOf(days), Set.copyOf(ignored));
    }

    /** The cells of a line, trimmed, without the empty cells a trailing comma leaves. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>(Arrays.stream(line.split(",", -1)).map(String::strip).toList());
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }

    private static List<String> currencies(List<String> header) {
        if (header == null || header.isEmpty() || !header.get(0).equalsIgnoreCase("Date")) {
            throw refused("its first line must start with \"Date\" followed by currency codes.");
        }
        List<String> codes = header.subList(1, header.size());
        if (codes.isEmpty()) {
            throw refused("its first line names no currency.");
        }
        Set<String> unique = new HashSet<>();
        for (String code : codes) {
            if (!CODE.matcher(code).matches()) {
                throw refused("\"" + code + "\" in the first line is not a currency code.");
            }
            if (!unique.add(code)) {
                throw refused("the first line names " + code + " twice.");
            }
        }
        return List.copyOf(codes);
    }

    private static LocalDate date(String cell, int line) {
        try {
            return cell.length() == 10 && cell.charAt(4) == '-' ? LocalDate.parse(cell) : LocalDate.parse(cell, DAILY_DATE);
        } catch (DateTimeParseException e) {
            throw refused("line " + line + " starts with \"" + cell + "\", which is not a date like 2026-11-27 or 27 November 2026.");
        }
    }

    private static BigDecimal rate(String cell, int line, String code) {
        if (cell.isEmpty() || cell.equalsIgnoreCase("N/A")) {
            return null;
        }
        BigDecimal rate;
        try {
            rate = new BigDecimal(cell);
        } catch (NumberFormatException e) {
            throw refused("line " + line + ": the " + code + " rate \"" + cell + "\" is not a number.");
        }
        if (rate.signum() <= 0 || rate.stripTrailingZeros().scale() > MAX_DECIMALS
                || rate.precision() - rate.scale() > MAX_INTEGER_DIGITS) {
            throw refused("line " + line + ": the " + code + " rate " + cell + " is not a positive rate of at most "
                    + MAX_DECIMALS + " decimals.");
        }
        return plain(rate);
    }

    /** The rate without trailing zeros, never in exponent form ("100", not "1E+2"). */
    static BigDecimal plain(BigDecimal rate) {
        BigDecimal stripped = rate.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static FundException refused(String why) {
        return FundException.invalid("file", "This is not an ECB euro reference rates CSV file: " + why);
    }
}
