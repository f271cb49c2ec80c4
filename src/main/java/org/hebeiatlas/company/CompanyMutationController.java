package org.hebeiatlas.company;

import org.hebeiatlas.curation.DeleteInput;
import org.hebeiatlas.curation.DeletePayload;
import org.hebeiatlas.curation.Writes;
import org.hebeiatlas.security.CuratorOnly;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * Mutation fields for companies, their cluster links and their brands.
 */
@Controller
@CuratorOnly
class CompanyMutationController {

	private final CompanyCuration companies;

	private final BrandCuration brands;

	CompanyMutationController(CompanyCuration companies, BrandCuration brands) {
		this.companies = companies;
		this.brands = brands;
	}

	@MutationMapping
	CompanyPayload createCompany(@Argument CompanyInput input) {
		return Writes.attempt(() -> CompanyPayload.of(this.companies.create(input)), CompanyPayload::rejected);
	}

	@MutationMapping
	CompanyPayload updateCompany(@Argument CompanyInput input) {
		return Writes.attempt(() -> CompanyPayload.of(this.companies.update(input)), CompanyPayload::rejected);
	}

	@MutationMapping
	DeletePayload deleteCompany(@Argument DeleteInput input) {
		return Writes.attempt(() -> DeletePayload.deleted(this.companies.delete(input)), DeletePayload::rejected);
	}

	@MutationMapping
	CompanyPayload linkCompanyToCluster(@Argument CompanyClusterInput input) {
		return Writes.attempt(() -> CompanyPayload.of(this.companies.link(input, true)), CompanyPayload::rejected);
	}

	@MutationMapping
	CompanyPayload unlinkCompanyFromCluster(@Argument CompanyClusterInput input) {
		return Writes.attempt(() -> CompanyPayload.of(this.companies.link(input, false)), CompanyPayload::rejected);
	}

	@MutationMapping
	BrandPayload createBrand(@Argument BrandInput input) {
		return Writes.attempt(() -> BrandPayload.of(this.brands.create(input)), BrandPayload::rejected);
	}

	@MutationMapping
	BrandPayload updateBrand(@Argument BrandInput input) {
		return Writes.attempt(() -> BrandPayload.of(this.brands.update(input)), BrandPayload::rejected);
	}

	@MutationMapping
	DeletePayload deleteBrand(@Argument DeleteInput input) {
		return Writes.attempt(() -> DeletePayload.deleted(this.brands.delete(input)), DeletePayload::rejected);
	}

}
