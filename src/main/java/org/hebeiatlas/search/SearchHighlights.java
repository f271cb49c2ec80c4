package org.hebeiatlas.search;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;

/**
 * The stored text of a hit that its highlights are cut from: the values of each searched field, in
 * {@link SearchQueryBuilder#SEARCHED_FIELDS} order (the {@code _zh} twins hold the same text).
 */
final class SearchHighlights {

	private SearchHighlights() {
	}

	/** The text of every searched field, or an empty list when no highlights are {@code wanted}. */
	@SuppressWarnings("unchecked")
	static SearchProjection<List<?>> projection(SearchProjectionFactory<?, ?> f, boolean wanted) {
		if (!wanted) {
			return (SearchProjection<List<?>>) (SearchProjection<?>) f.constant(List.of()).toProjection();
		}
		List<SearchProjection<?>> projections = new ArrayList<>();
		for (String field : SearchQueryBuilder.SEARCHED_FIELDS) {
			projections.add(f.field(field, String.class).list().toProjection());
		}
		return (SearchProjection<List<?>>) (SearchProjection<?>) f.composite()
			.from(projections.toArray(new SearchProjection<?>[0]))
			.asList()
			.toProjection();
	}

}
