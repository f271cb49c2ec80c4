package org.hebeiatlas.company;

import java.util.List;
import java.util.Map;

import org.hebeiatlas.curation.Curation;
import org.hebeiatlas.curation.DeleteInput;
import org.hebeiatlas.curation.Dependants;
import org.hebeiatlas.curation.OnDependants;
import org.hebeiatlas.curation.UserErrors;
import org.hebeiatlas.product.Product;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes brands; each write is one transaction that either happens whole or not at all.
 */
@Service
@Transactional
class BrandCuration {

	private final Curation curation;

	private final BrandRepository brands;

	private final CompanyRepository companies;

	private final Dependants dependants;

	BrandCuration(Curation curation, BrandRepository brands, CompanyRepository companies, Dependants dependants) {
		this.curation = curation;
		this.brands = brands;
		this.companies = companies;
		this.dependants = dependants;
	}

	Brand create(BrandInput input) {
		UserErrors errors = this.curation.validate(input);
		Brand brand = new Brand();
		brand.setCompany(this.curation.reference(errors, input.company(), this.companies::findBySlug, "company",
				"company"));
		apply(brand, input, errors);
		errors.throwIfAny();
		return this.brands.save(brand);
	}

	Brand update(BrandInput input) {
		return this.curation.update(input, input.id(), Brand.class, (brand, errors) -> apply(brand, input, errors));
	}

	String delete(DeleteInput input) {
		UserErrors errors = new UserErrors();
		Brand brand = this.curation.target(errors, input.id(), Brand.class);
		errors.throwIfAny();
		List<Product> products = this.dependants.referring(Product.class, "brand", brand);
		OnDependants choice = this.dependants.decide(input, Map.of("products", products));
		if (choice == OnDependants.DELETE && !products.isEmpty()) {
			this.dependants.refuse("Products are not deleted with their brand: DETACH them.");
		}
		products.forEach((product) -> product.setBrand(null));
		this.dependants.remove(brand);
		return input.id();
	}

	private void apply(Brand brand, BrandInput input, UserErrors errors) {
		if (input.slug() != null) {
			this.curation.unique(errors, this.brands.findBySlug(input.slug()), brand, input.slug(), "slug");
			brand.setSlug(input.slug());
		}
		brand.setName(Curation.value(brand.getName(), input.name()));
		brand.setNameZh(Curation.text(brand.getNameZh(), input.nameZh()));
		this.curation.replaceSources(errors, brand, input.sources());
	}

}
