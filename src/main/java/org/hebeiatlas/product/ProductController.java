package org.hebeiatlas.product;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.hebeiatlas.company.Brand;
import org.hebeiatlas.company.Company;
import org.hebeiatlas.graphql.Connection;
import org.hebeiatlas.graphql.ConnectionArguments;
import org.hebeiatlas.graphql.ConnectionQuery;
import org.hebeiatlas.graphql.OrderDirection;
import org.hebeiatlas.model.Entities;
import org.hebeiatlas.model.Filters;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Query fields for products, and the relation fields that lead to products.
 */
@Controller
class ProductController {

	private final ProductRepository products;

	ProductController(ProductRepository products) {
		this.products = products;
	}

	@QueryMapping
	Optional<Product> product(@Argument String slug) {
		return this.products.findBySlug(slug);
	}

	@QueryMapping
	Connection<Product> products(@Arguments ConnectionArguments page, @Argument ProductFilter filter,
			@Argument ProductOrder orderBy) {
		ProductFilter criteria = (filter != null) ? filter : new ProductFilter(null, null, null, null, null);
		Sort.Direction direction = (orderBy != null && orderBy.direction() != null)
				? orderBy.direction().toSortDirection() : Sort.Direction.ASC;
		return ConnectionQuery.fetch(this.products,
				Filters.allOf(Filters.in(criteria.companies(), "company", "slug"),
						Filters.in(criteria.brands(), "brand", "slug"),
						Filters.in(criteria.counties(), "company", "county", "slug"), inClusters(criteria.clusters()),
						Filters.nameContains(criteria.nameContains())),
				Sort.by(direction, "name").and(Sort.by("id")), page);
	}

	@BatchMapping(typeName = "Company")
	Map<Company, List<Product>> products(List<Company> companies) {
		return Entities.groupUnder(companies, this.products.findByCompanyIdInOrderByName(Entities.ids(companies)),
				(product) -> Entities.idOf(product.getCompany()));
	}

	@BatchMapping(typeName = "Brand", field = "products")
	Map<Brand, List<Product>> productsOfBrands(List<Brand> brands) {
		return Entities.groupUnder(brands, this.products.findByBrandIdInOrderByName(Entities.ids(brands)),
				(product) -> Entities.idOf(product.getBrand()));
	}

	private static Specification<Product> inClusters(List<String> clusterSlugs) {
		if (clusterSlugs == null || clusterSlugs.isEmpty()) {
			return null;
		}
		return (root, query, cb) -> {
			Subquery<Long> members = query.subquery(Long.class);
			Root<Company> member = members.from(Company.class);
			members.select(member.get("id")).where(member.join("clusters").get("slug").in(clusterSlugs));
			return root.get("company").get("id").in(members);
		};
	}

	record ProductFilter(List<String> companies, List<String> brands, List<String> counties, List<String> clusters,
			String nameContains) {
	}

	record ProductOrder(String field, OrderDirection direction) {
	}

}
