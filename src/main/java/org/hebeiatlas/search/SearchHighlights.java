package org.hebeiatlas.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.hebeiatlas.search.SearchResultConnection.Highlight;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterFinalStep;
import org.hibernate.search.engine.search.highlighter.dsl.SearchHighlighterFactory;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;

/**
 * The fragments of a hit's text that matched, with the matches wrapped in {@code <em>}: one highlight per searched
 * field, its Chinese twin's fragments merged in.
 */
final class SearchHighlights {

	private SearchHighlights() {
	}

	static HighlighterFinalStep highlighter(SearchHighlighterFactory h) {
		return h.unified().tag("<em>", "</em>").encoder(HighlighterEncoder.HTML).numberOfFragments(3);
	}

	/**
	 * One highlight projection per searched field and its Chinese twin, in
	 * {@link SearchQueryBuilder#SEARCHED_FIELDS} order; an empty list when not {@code wanted}.
	 */
	@SuppressWarnings("unchecked")
	static SearchProjection<List<?>> projection(SearchProjectionFactory<?, ?> f, boolean wanted) {
		if (!wanted) {
			return (SearchProjection<List<?>>) (SearchProjection<?>) f.constant(List.of()).toProjection();
		}
		List<SearchProjection<?>> projections = new ArrayList<>();
		for (String field : SearchQueryBuilder.SEARCHED_FIELDS) {
			projections.add(f.highlight(field).toProjection());
			projections.add(f.highlight(field + SearchText.CHINESE_SUFFIX).toProjection());
		}
		return (SearchProjection<List<?>>) (SearchProjection<?>) f.composite()
			.from(projections.toArray(new SearchProjection<?>[0]))
			.asList()
			.toProjection();
	}

	/** The highlights of a hit, from the value of its {@link #projection}. */
	static List<Highlight> of(List<?> fragments) {
		List<Highlight> highlights = new ArrayList<>();
		int i = 0;
		for (String field : SearchQueryBuilder.SEARCHED_FIELDS) {
			Set<String> merged = new LinkedHashSet<>();
			if (!fragments.isEmpty()) {
				addFragments(merged, fragments.get(i));
				addFragments(merged, fragments.get(i + 1));
			}
			if (!merged.isEmpty()) {
				highlights.add(new Highlight(field, List.copyOf(merged)));
			}
			i += 2;
		}
		return highlights;
	}

	private static void addFragments(Set<String> merged, Object fragments) {
		for (Object fragment : (List<?>) fragments) {
			// Bigram matches come back as adjacent marks; one mark per run of matched text reads better.
			merged.add(((String) fragment).replace("</em><em>", ""));
		}
	}

}
