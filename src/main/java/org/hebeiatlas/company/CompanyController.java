package org.hebeiatlas.company;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.hebeiatlas.award.Award;
import org.hebeiatlas.cluster.Cluster;
import org.hebeiatlas.county.County;
import org.hebeiatlas.graphql.Connection;
import org.hebeiatlas.graphql.ConnectionArguments;
import org.hebeiatlas.graphql.ConnectionQuery;
import org.hebeiatlas.graphql.OrderDirection;
import org.hebeiatlas.model.Entities;
import org.hebeiatlas.model.Filters;
import org.hebeiatlas.product.Product;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Query fields for companies and brands, and the relation fields that lead to them.
 */
@Controller
class CompanyController {

	private final CompanyRepository companies;

	private final BrandRepository brands;

	CompanyController(CompanyRepository companies, BrandRepository brands) {
		this.companies = companies;
		this.brands = brands;
	}

	@QueryMapping
	Optional<Company> company(@Argument String slug) {
		return this.companies.findBySlug(slug);
	}

	@QueryMapping
	Optional<Brand> brand(@Argument String slug) {
		return this.brands.findBySlug(slug);
	}

	@QueryMapping
	Connection<Company> companies(@Arguments ConnectionArguments page, @Argument CompanyFilter filter,
			@Argument CompanyOrder orderBy) {
		CompanyFilter criteria = (filter != null) ? filter : new CompanyFilter(null, null, null, null, null, null, null);
		return ConnectionQuery.fetch(this.companies,
				Filters.allOf(Filters.in(criteria.counties(), "county", "slug"),
						Filters.in(criteria.cities(), "county", "city", "slug"), inClusters(criteria.clusters()),
						withAwards(criteria.awards()), Filters.in(criteria.kinds(), "kind"),
						Filters.nameContains(criteria.nameContains()), Filters.equal(criteria.uncertain(), "uncertain")),
				sort(orderBy, (orderBy != null && orderBy.field() == CompanyOrder.Field.SLUG) ? "slug" : "name"), page);
	}

	@QueryMapping
	Connection<Brand> brands(@Arguments ConnectionArguments page, @Argument BrandFilter filter,
			@Argument BrandOrder orderBy) {
		BrandFilter criteria = (filter != null) ? filter : new BrandFilter(null, null);
		return ConnectionQuery.fetch(this.brands,
				Filters.allOf(Filters.in(criteria.companies(), "company", "slug"),
						Filters.nameContains(criteria.nameContains())),
				sort((orderBy != null) ? orderBy.direction() : null, "name"), page);
	}

	@BatchMapping(typeName = "County")
	Map<County, List<Company>> companies(List<County> counties) {
		return Entities.groupUnder(counties, this.companies.findByCountyIdInOrderByName(Entities.ids(counties)),
				(company) -> Entities.idOf(company.getCounty()));
	}

	@BatchMapping(typeName = "Cluster", field = "companies")
	Map<Cluster, List<Company>> companiesOfClusters(List<Cluster> clusters) {
		return Entities.groupLinks(clusters, this.companies.findLinksByClusterIds(Entities.ids(clusters)));
	}

	@BatchMapping(typeName = "Company")
	Map<Company, List<Brand>> brands(List<Company> companies) {
		return Entities.groupUnder(companies, this.brands.findByCompanyIdInOrderByName(Entities.ids(companies)),
				(brand) -> Entities.idOf(brand.getCompany()));
	}

	@BatchMapping(typeName = "Brand", field = "company")
	Map<Brand, Company> companyOfBrands(List<Brand> brands) {
		return Entities.mapToOne(brands, Brand::getCompany,
				this.companies.findAllById(Entities.referencedIds(brands, Brand::getCompany)));
	}

	@BatchMapping(typeName = "Product", field = "company")
	Map<Product, Company> companyOfProducts(List<Product> products) {
		return Entities.mapToOne(products, Product::getCompany,
				this.companies.findAllById(Entities.referencedIds(products, Product::getCompany)));
	}

	@BatchMapping(typeName = "Product", field = "brand")
	Map<Product, Brand> brandOfProducts(List<Product> products) {
		return Entities.mapToOne(products, Product::getBrand,
				this.brands.findAllById(Entities.referencedIds(products, Product::getBrand)));
	}

	private static Specification<Company> inClusters(List<String> clusterSlugs) {
		if (clusterSlugs == null || clusterSlugs.isEmpty()) {
			return null;
		}
		return (root, query, cb) -> {
			Subquery<Long> members = query.subquery(Long.class);
			Root<Company> member = members.from(Company.class);
			members.select(member.get("id")).where(member.join("clusters").get("slug").in(clusterSlugs));
			return root.get("id").in(members);
		};
	}

	private static Specification<Company> withAwards(List<String> awardSlugs) {
		if (awardSlugs == null || awardSlugs.isEmpty()) {
			return null;
		}
		return (root, query, cb) -> {
			Subquery<Long> direct = query.subquery(Long.class);
			Root<Award> award = direct.from(Award.class);
			direct.select(award.join("companies").get("id")).where(award.get("slug").in(awardSlugs));
			Subquery<Long> throughProducts = query.subquery(Long.class);
			Root<Award> productAward = throughProducts.from(Award.class);
			throughProducts.select(productAward.join("products").get("company").get("id"))
				.where(productAward.get("slug").in(awardSlugs));
			return cb.or(root.get("id").in(direct), root.get("id").in(throughProducts));
		};
	}

	private static Sort sort(OrderDirection direction, String property) {
		Sort.Direction sortDirection = (direction != null) ? direction.toSortDirection() : Sort.Direction.ASC;
		return Sort.by(sortDirection, property).and(Sort.by("id"));
	}

	private static Sort sort(CompanyOrder orderBy, String property) {
		return sort((orderBy != null) ? orderBy.direction() : null, property);
	}

	record CompanyFilter(List<String> counties, List<String> cities, List<String> clusters, List<String> awards,
			List<CompanyKind> kinds, String nameContains, Boolean uncertain) {
	}

	record CompanyOrder(Field field, OrderDirection direction) {

		enum Field {

			NAME, SLUG

		}

	}

	record BrandFilter(List<String> companies, String nameContains) {
	}

	record BrandOrder(String field, OrderDirection direction) {
	}

}
