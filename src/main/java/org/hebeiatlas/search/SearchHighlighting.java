package org.hebeiatlas.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.search.Query;
import org.hebeiatlas.search.SearchResultConnection.Highlight;

/**
 * The highlights of the hits of one search: for each searched field, the first fragments of its values (read as
 * English words and Chinese bigrams, and as Chinese words) that match the query, with the matches wrapped in
 * {@code <em>}.
 */
final class SearchHighlighting {

	/** No highlights at all: the client did not ask for them. */
	static final SearchHighlighting NONE = new SearchHighlighting(null, null);

	private static final String VALUE_SEPARATOR = "\u2029";

	private final HighlightTerms terms;

	private final SearchHighlighter highlighter;

	private final Map<String, Query> queries = new HashMap<>();

	SearchHighlighting(HighlightTerms terms, SearchHighlighter highlighter) {
		this.terms = terms;
		this.highlighter = highlighter;
	}

	boolean isWanted() {
		return this != NONE;
	}

	/** The highlights of a hit, from the text of its searched fields (see {@link SearchHighlights#projection}). */
	List<Highlight> of(List<?> texts) {
		List<Highlight> highlights = new ArrayList<>();
		if (texts.isEmpty() || this.terms.isEmpty()) {
			return highlights;
		}
		for (int i = 0; i < SearchQueryBuilder.SEARCHED_FIELDS.size(); i++) {
			List<?> values = (List<?>) texts.get(i);
			if (values.isEmpty()) {
				continue;
			}
			String field = SearchQueryBuilder.SEARCHED_FIELDS.get(i);
			// One text per field: a paragraph separator ends a passage, so no fragment spans two values.
			String text = values.stream().map(String.class::cast).collect(Collectors.joining(VALUE_SEPARATOR));
			Set<String> fragments = new LinkedHashSet<>();
			add(fragments, field, text);
			if (!fragments.isEmpty()) {
				highlights.add(new Highlight(field,
						fragments.stream().limit(SearchHighlighter.MAX_FRAGMENTS).toList()));
			}
		}
		return highlights;
	}

	private void add(Set<String> fragments, String field, String value) {
		Query words = this.queries.computeIfAbsent(field, this.terms::textQuery);
		this.highlighter.fragments(field, false, words, value).forEach((fragment) -> merge(fragments, fragment));
		if (!this.terms.chineseWords().isEmpty() && hasChinese(value)) {
			String twin = field + SearchText.CHINESE_SUFFIX;
			Query chineseWords = this.queries.computeIfAbsent(twin, this.terms::chineseQuery);
			this.highlighter.fragments(twin, true, chineseWords, value)
				.forEach((fragment) -> merge(fragments, fragment));
		}
	}

	private static void merge(Set<String> fragments, String fragment) {
		// Bigram matches come back as adjacent marks; one mark per run of matched text reads better.
		fragments.add(fragment.replace("</em><em>", ""));
	}

	private static boolean hasChinese(String value) {
		return value.codePoints()
			.anyMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

}
