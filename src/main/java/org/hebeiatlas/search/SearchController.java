package org.hebeiatlas.search;

import java.util.List;

import graphql.schema.DataFetchingFieldSelectionSet;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The {@code search} and {@code suggest} query fields. Facets, highlights and spelling suggestions cost extra work,
 * so they are computed only when the request selects them.
 */
@Controller
class SearchController {

	private final SearchService searchService;

	SearchController(SearchService searchService) {
		this.searchService = searchService;
	}

	@QueryMapping
	SearchResultConnection search(@Argument String query, @Argument SearchFilter filter, @Argument SearchOrder orderBy,
			@Argument Integer first, @Argument String after, DataFetchingFieldSelectionSet selection) {
		return this.searchService.search(query, filter, orderBy, first, after, selection.contains("facets"),
				selection.contains("edges/highlights"), selection.contains("didYouMean"));
	}

	@QueryMapping
	List<Suggestion> suggest(@Argument String prefix, @Argument Integer first) {
		return this.searchService.suggest(prefix, first);
	}

}
