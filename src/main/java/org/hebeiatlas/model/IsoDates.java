package org.hebeiatlas.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Reads the dates that sources give as text, which are full ISO-8601 dates only some of the time.
 */
public final class IsoDates {

	private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private IsoDates() {
	}

	/**
	 * The date the text names when it is exactly a full ISO-8601 date (2020-09-21); null for a month, a year, a note
	 * ("undated (~2008)") or a date with a remark, whose meaning a client should read for itself.
	 */
	public static LocalDate fullDate(String text) {
		if (text == null || !FULL_DATE.matcher(text).matches()) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

}
