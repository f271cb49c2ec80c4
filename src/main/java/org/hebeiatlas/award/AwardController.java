package org.hebeiatlas.award;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.hebeiatlas.cluster.Cluster;
import org.hebeiatlas.company.Company;
import org.hebeiatlas.county.County;
import org.hebeiatlas.graphql.Connection;
import org.hebeiatlas.graphql.ConnectionArguments;
import org.hebeiatlas.graphql.ConnectionQuery;
import org.hebeiatlas.graphql.OrderDirection;
import org.hebeiatlas.model.BaseEntity;
import org.hebeiatlas.model.Entities;
import org.hebeiatlas.model.Filters;
import org.hebeiatlas.model.Link;
import org.hebeiatlas.product.Product;

import org.springframework.data.domain.Sort;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Query fields for awards, their recipients, and the relation fields that lead to awards.
 */
@Controller
class AwardController {

	private static final Comparator<Award> BY_YEAR = Comparator
		.comparing(Award::getYear, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Award::getName);

	private final AwardRepository awards;

	AwardController(AwardRepository awards) {
		this.awards = awards;
	}

	@QueryMapping
	Optional<Award> award(@Argument String slug) {
		return this.awards.findBySlug(slug);
	}

	@QueryMapping
	Connection<Award> awards(@Arguments ConnectionArguments page, @Argument AwardFilter filter,
			@Argument AwardOrder orderBy) {
		AwardFilter criteria = (filter != null) ? filter : new AwardFilter(null, null, null, null, null, null, null);
		return ConnectionQuery.fetch(this.awards,
				Filters.allOf(Filters.contains("grantor", criteria.grantor()), Filters.in(criteria.levels(), "level"),
						Filters.equal(criteria.year(), "year"), Filters.atLeast(criteria.yearFrom(), "year"),
						Filters.atMost(criteria.yearTo(), "year"), Filters.in(criteria.counties(), "county", "slug"),
						Filters.nameContains(criteria.nameContains())),
				sort(orderBy), page);
	}

	@BatchMapping(typeName = "Company")
	Map<Company, List<Award>> awards(List<Company> companies) {
		var ids = Entities.ids(companies);
		return sorted(companies, Stream
			.concat(this.awards.findLinksByCompanyIds(ids).stream(),
					this.awards.findLinksByProductCompanyIds(ids).stream())
			.toList());
	}

	@BatchMapping(typeName = "Product", field = "awards")
	Map<Product, List<Award>> awardsOfProducts(List<Product> products) {
		return sorted(products, this.awards.findLinksByProductIds(Entities.ids(products)));
	}

	@BatchMapping(typeName = "Cluster", field = "awards")
	Map<Cluster, List<Award>> awardsOfClusters(List<Cluster> clusters) {
		return sorted(clusters, this.awards.findLinksByClusterIds(Entities.ids(clusters)));
	}

	@BatchMapping(typeName = "County", field = "awards")
	Map<County, List<Award>> awardsOfCounties(List<County> counties) {
		var ids = Entities.ids(counties);
		return sorted(counties, Stream
			.concat(this.awards.findLinksByCountyIds(ids).stream(),
					this.awards.findLinksByRecipientCountyIds(ids).stream())
			.toList());
	}

	@BatchMapping(typeName = "Award")
	Map<Award, List<Object>> recipients(List<Award> awards) {
		var ids = Entities.ids(awards);
		List<Link<?>> links = new ArrayList<>();
		links.addAll(this.awards.findCompanyRecipients(ids));
		links.addAll(this.awards.findProductRecipients(ids));
		links.addAll(this.awards.findClusterRecipients(ids));
		links.addAll(this.awards.findCountyRecipients(ids));
		Map<Award, List<Object>> recipients = new IdentityHashMap<>();
		Entities.groupUnder(awards, links, Link::ownerId)
			.forEach((award, awardLinks) -> recipients.put(award,
					awardLinks.stream().<Object>map(Link::target).toList()));
		return recipients;
	}

	/** Groups awards under their recipients without duplicates, in the order they were given. */
	private static <P extends BaseEntity> Map<P, List<Award>> sorted(List<P> parents, List<Link<Award>> links) {
		Map<P, List<Award>> grouped = new IdentityHashMap<>();
		Entities.groupLinks(parents, links).forEach((parent, parentAwards) -> {
			Map<Long, Award> unique = new LinkedHashMap<>();
			parentAwards.forEach((award) -> unique.putIfAbsent(award.getId(), award));
			grouped.put(parent, unique.values().stream().sorted(BY_YEAR).toList());
		});
		return grouped;
	}

	private static Sort sort(AwardOrder orderBy) {
		AwardOrder order = (orderBy != null) ? orderBy : new AwardOrder(AwardOrder.Field.YEAR, OrderDirection.ASC);
		Sort.Direction direction = order.direction().toSortDirection();
		Sort primary = switch (order.field()) {
			case YEAR -> Sort.by(new Sort.Order(direction, "year").nullsLast()).and(Sort.by("name"));
			case NAME -> Sort.by(direction, "name");
		};
		return primary.and(Sort.by("id"));
	}

	record AwardFilter(String grantor, List<AwardLevel> levels, Integer year, Integer yearFrom, Integer yearTo,
			List<String> counties, String nameContains) {
	}

	record AwardOrder(Field field, OrderDirection direction) {

		enum Field {

			YEAR, NAME

		}

	}

}
