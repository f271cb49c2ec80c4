package org.hebeiatlas.plan;

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
 * Query fields for provincial plans and policies.
 */
@Controller
class PlanController {

	private final PlanRepository plans;

	PlanController(PlanRepository plans) {
		this.plans = plans;
	}

	@QueryMapping
	Optional<Plan> plan(@Argument String slug) {
		return this.plans.findBySlug(slug);
	}

	@QueryMapping
	Connection<Plan> plans(@Arguments ConnectionArguments page, @Argument PlanFilter filter,
			@Argument PlanOrder orderBy) {
		PlanFilter criteria = (filter != null) ? filter : new PlanFilter(null, null, null, null);
		return ConnectionQuery.fetch(this.plans,
				Filters.allOf(Filters.contains("issuer", criteria.issuer()),
						Filters.atLeast(criteria.yearFrom(), "year"), Filters.atMost(criteria.yearTo(), "year"),
						Filters.nameContains(criteria.nameContains())),
				sort(orderBy), page);
	}

	private static Sort sort(PlanOrder orderBy) {
		PlanOrder order = (orderBy != null) ? orderBy : new PlanOrder(PlanOrder.Field.YEAR, OrderDirection.ASC);
		Sort.Direction direction = order.direction().toSortDirection();
		Sort primary = switch (order.field()) {
			case YEAR -> Sort.by(new Sort.Order(direction, "year").nullsLast()).and(Sort.by("name"));
			case NAME -> Sort.by(direction, "name");
		};
		return primary.and(Sort.by("id"));
	}

	record PlanFilter(String issuer, Integer yearFrom, Integer yearTo, String nameContains) {
	}

	record PlanOrder(Field field, OrderDirection direction) {

		enum Field {

			YEAR, NAME

		}

	}

}
