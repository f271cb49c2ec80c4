package org.hebeiatlas.source;

import java.util.Optional;

import org.hebeiatlas.graphql.Connection;
import org.hebeiatlas.graphql.ConnectionArguments;
import org.hebeiatlas.graphql.ConnectionQuery;
import org.hebeiatlas.graphql.OrderDirection;
import org.hebeiatlas.model.Filters;

import org.springframework.data.domain.Sort;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Query fields for sources.
 */
@Controller
class SourceController {

	private final SourceRepository sources;

	SourceController(SourceRepository sources) {
		this.sources = sources;
	}

	@QueryMapping
	Optional<Source> source(@Argument String code) {
		return this.sources.findByCode(code);
	}

	@QueryMapping
	Connection<Source> sources(@Arguments ConnectionArguments page, @Argument SourceFilter filter,
			@Argument SourceOrder orderBy) {
		SourceFilter criteria = (filter != null) ? filter : new SourceFilter(null, null, null);
		return ConnectionQuery.fetch(this.sources,
				Filters.allOf(Filters.in(criteria.reliabilities(), "reliability"),
						Filters.contains("publisher", criteria.publisher()),
						Filters.contains("title", criteria.titleContains())),
				sort(orderBy), page);
	}

	private static Sort sort(SourceOrder orderBy) {
		SourceOrder order = (orderBy != null) ? orderBy : new SourceOrder(SourceOrder.Field.CODE, OrderDirection.ASC);
		// Sources are stored in the numeric order of their codes (S2 before S10), so id order is code order.
		String property = switch (order.field()) {
			case CODE -> "id";
			case TITLE -> "title";
			case PUBLISHED -> "published";
		};
		return Sort.by(order.direction().toSortDirection(), property).and(Sort.by("id"));
	}

	record SourceFilter(java.util.List<Reliability> reliabilities, String publisher, String titleContains) {
	}

	record SourceOrder(Field field, OrderDirection direction) {

		enum Field {

			CODE, TITLE, PUBLISHED

		}

	}

}
