package org.hebeiatlas.cluster;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hebeiatlas.company.Company;
import org.hebeiatlas.county.County;
import org.hebeiatlas.graphql.Connection;
import org.hebeiatlas.graphql.ConnectionArguments;
import org.hebeiatlas.graphql.ConnectionQuery;
import org.hebeiatlas.graphql.OrderDirection;
import org.hebeiatlas.model.Entities;
import org.hebeiatlas.model.Filters;

import org.springframework.data.domain.Sort;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Query fields for clusters, and the relation fields that lead to clusters.
 */
@Controller
class ClusterController {

	private final ClusterRepository clusters;

	ClusterController(ClusterRepository clusters) {
		this.clusters = clusters;
	}

	@QueryMapping
	Optional<Cluster> cluster(@Argument String slug) {
		return this.clusters.findBySlug(slug);
	}

	@QueryMapping
	Connection<Cluster> clusters(@Arguments ConnectionArguments page, @Argument ClusterFilter filter,
			@Argument ClusterOrder orderBy) {
		ClusterFilter criteria = (filter != null) ? filter : new ClusterFilter(null, null, null, null);
		return ConnectionQuery.fetch(this.clusters,
				Filters.allOf(Filters.in(criteria.counties(), "county", "slug"),
						Filters.in(criteria.cities(), "county", "city", "slug"),
						Filters.contains("industry", criteria.industry()),
						Filters.nameContains(criteria.nameContains())),
				sort(orderBy), page);
	}

	@BatchMapping(typeName = "Cluster")
	Map<Cluster, List<String>> titles(List<Cluster> clusters) {
		return Entities.groupLinks(clusters, this.clusters.findTitlesByClusterIds(Entities.ids(clusters)));
	}

	@BatchMapping(typeName = "County")
	Map<County, List<Cluster>> clusters(List<County> counties) {
		return Entities.groupUnder(counties, this.clusters.findByCountyIdInOrderByName(Entities.ids(counties)),
				(cluster) -> Entities.idOf(cluster.getCounty()));
	}

	@BatchMapping(typeName = "Company", field = "clusters")
	Map<Company, List<Cluster>> clustersOfCompanies(List<Company> companies) {
		return Entities.groupLinks(companies, this.clusters.findLinksByCompanyIds(Entities.ids(companies)));
	}

	private static Sort sort(ClusterOrder orderBy) {
		ClusterOrder order = (orderBy != null) ? orderBy : new ClusterOrder(ClusterOrder.Field.NAME, OrderDirection.ASC);
		String property = switch (order.field()) {
			case NAME -> "name";
			case INDUSTRY -> "industry";
		};
		return Sort.by(order.direction().toSortDirection(), property).and(Sort.by("id"));
	}

	record ClusterFilter(List<String> counties, List<String> cities, String industry, String nameContains) {
	}

	record ClusterOrder(Field field, OrderDirection direction) {

		enum Field {

			NAME, INDUSTRY

		}

	}

}
