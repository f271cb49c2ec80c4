package org.hebeiatlas.company;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hebeiatlas.award.Award;
import org.hebeiatlas.cluster.Cluster;
import org.hebeiatlas.cluster.ClusterRepository;
import org.hebeiatlas.county.CountyRepository;
import org.hebeiatlas.curation.Curation;
import org.hebeiatlas.curation.DeleteInput;
import org.hebeiatlas.curation.Dependants;
import org.hebeiatlas.curation.OnDependants;
import org.hebeiatlas.curation.UserErrors;
import org.hebeiatlas.product.Product;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes companies and their cluster links; each write is one transaction that either happens
 * whole or not at all.
 */
@Service
@Transactional
class CompanyCuration {

	private final Curation curation;

	private final CompanyRepository companies;

	private final CountyRepository counties;

	private final ClusterRepository clusters;

	private final Dependants dependants;

	CompanyCuration(Curation curation, CompanyRepository companies, CountyRepository counties,
			ClusterRepository clusters, Dependants dependants) {
		this.curation = curation;
		this.companies = companies;
		this.counties = counties;
		this.clusters = clusters;
		this.dependants = dependants;
	}

	Company create(CompanyInput input) {
		return this.curation.create(input, Company::new, (company, errors) -> apply(company, input, errors), this.companies::save);
	}

	Company update(CompanyInput input) {
		return this.curation.update(input, input.id(), Company.class, (company, errors) -> apply(company, input, errors));
	}

	String delete(DeleteInput input) {
		UserErrors errors = new UserErrors();
		Company company = this.curation.target(errors, input.id(), Company.class);
		errors.throwIfAny();
		List<Product> products = this.dependants.referring(Product.class, "company", company);
		List<Brand> brands = this.dependants.referring(Brand.class, "company", company);
		List<Award> awards = this.dependants.linking(Award.class, "companies", company);
		OnDependants choice = this.dependants.decide(input,
				Map.of("products", products, "brands", brands, "awards", awards));
		if (choice == OnDependants.DETACH && !(products.isEmpty() && brands.isEmpty())) {
			this.dependants.refuse("Products and brands cannot exist without their company: DELETE them with it.");
		}
		awards.forEach((award) -> award.getCompanies().remove(company));
		for (Product product : products) {
			this.dependants.linking(Award.class, "products", product)
				.forEach((award) -> award.getProducts().remove(product));
			this.dependants.remove(product);
		}
		brands.forEach(this.dependants::remove);
		this.dependants.remove(company);
		return input.id();
	}

	Company link(CompanyClusterInput input, boolean linked) {
		UserErrors errors = new UserErrors();
		Company company = this.curation.reference(errors, input.company(), this.companies::findBySlug, "company",
				"company");
		Cluster cluster = this.curation.reference(errors, input.cluster(), this.clusters::findBySlug, "cluster",
				"cluster");
		errors.throwIfAny();
		if (linked) {
			company.addCluster(cluster);
		}
		else {
			company.getClusters().remove(cluster);
		}
		return company;
	}

	private void apply(Company company, CompanyInput input, UserErrors errors) {
		if (input.slug() != null) {
			this.curation.unique(errors, this.companies.findBySlug(input.slug()), company, input.slug(), "slug");
			company.setSlug(input.slug());
		}
		company.setName(Curation.value(company.getName(), input.name()));
		company.setNameZh(Curation.text(company.getNameZh(), input.nameZh()));
		company.setKind(Curation.value(company.getKind(), input.kind()));
		if (input.county() != null) {
			company.setCounty(input.county().isBlank() ? null
					: this.curation.reference(errors, input.county(), this.counties::findBySlug, "county", "county"));
		}
		if (input.clusters() != null) {
			List<Cluster> resolved = new ArrayList<>();
			for (int i = 0; i < input.clusters().size(); i++) {
				resolved.add(this.curation.reference(errors, input.clusters().get(i), this.clusters::findBySlug,
						"cluster", "clusters", String.valueOf(i)));
			}
			company.getClusters().clear();
			resolved.stream().filter(java.util.Objects::nonNull).forEach(company::addCluster);
		}
		company.setDescription(Curation.text(company.getDescription(), input.description()));
		company.setUncertain(Curation.value(company.isUncertain(), input.uncertain()));
		company.setNote(Curation.text(company.getNote(), input.note()));
		this.curation.replaceSources(errors, company, input.sources());
	}

}
