package org.hebeiatlas.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;

import org.springframework.data.jpa.domain.Specification;

/**
 * Building blocks of the typed {@code filter} arguments: each returns null when the client did not use the criterion.
 */
public final class Filters {

	private static final char ESCAPE = '\\';

	private Filters() {
	}

	/** All given criteria at once; the unused (null) ones are skipped. */
	@SafeVarargs
	public static <T> Specification<T> allOf(Specification<T>... criteria) {
		List<Specification<T>> used = new ArrayList<>();
		for (Specification<T> criterion : criteria) {
			if (criterion != null) {
				used.add(criterion);
			}
		}
		return Specification.allOf(used);
	}

	/** English or Chinese name contains the text, ignoring case. */
	public static <T extends NamedEntity> Specification<T> nameContains(String text) {
		if (isBlank(text)) {
			return null;
		}
		String pattern = likePattern(text);
		return (root, query, cb) -> cb.or(cb.like(cb.lower(root.get("name")), pattern, ESCAPE),
				cb.like(cb.lower(root.get("nameZh")), pattern, ESCAPE));
	}

	/** A text attribute contains the text, ignoring case. */
	public static <T> Specification<T> contains(String attribute, String text) {
		if (isBlank(text)) {
			return null;
		}
		String pattern = likePattern(text);
		return (root, query, cb) -> cb.like(cb.lower(root.get(attribute)), pattern, ESCAPE);
	}

	/** The value at a path (such as county.city.slug) is one of the given values. */
	public static <T> Specification<T> in(Collection<?> values, String... path) {
		if (values == null || values.isEmpty()) {
			return null;
		}
		return (root, query, cb) -> path(root, path).in(values);
	}

	public static <T> Specification<T> equal(Object value, String attribute) {
		if (value == null) {
			return null;
		}
		return (root, query, cb) -> cb.equal(root.get(attribute), value);
	}

	public static <T> Specification<T> atLeast(Integer value, String attribute) {
		if (value == null) {
			return null;
		}
		return (root, query, cb) -> cb.greaterThanOrEqualTo(root.get(attribute), value);
	}

	public static <T> Specification<T> atMost(Integer value, String attribute) {
		if (value == null) {
			return null;
		}
		return (root, query, cb) -> cb.lessThanOrEqualTo(root.get(attribute), value);
	}

	private static <T> Expression<Object> path(Root<T> root, String... names) {
		Path<Object> path = root.get(names[0]);
		for (int i = 1; i < names.length; i++) {
			path = path.get(names[i]);
		}
		return path;
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static String likePattern(String text) {
		String escaped = text.strip()
			.toLowerCase(Locale.ROOT)
			.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_");
		return "%" + escaped + "%";
	}

}
