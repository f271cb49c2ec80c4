package org.hebeiatlas.product;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hebeiatlas.award.Award;
import org.hebeiatlas.company.Brand;
import org.hebeiatlas.company.BrandRepository;
import org.hebeiatlas.company.Company;
import org.hebeiatlas.company.CompanyRepository;
import org.hebeiatlas.curation.Curation;
import org.hebeiatlas.curation.DeleteInput;
import org.hebeiatlas.curation.Dependants;
import org.hebeiatlas.curation.UserErrorCode;
import org.hebeiatlas.curation.UserErrors;
import org.hebeiatlas.model.Entities;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes products; each write is one transaction that either happens whole or not at all.
 */
@Service
@Transactional
class ProductCuration {

	private final Curation curation;

	private final ProductRepository products;

	private final CompanyRepository companies;

	private final BrandRepository brands;

	private final Dependants dependants;

	ProductCuration(Curation curation, ProductRepository products, CompanyRepository companies,
			BrandRepository brands, Dependants dependants) {
		this.curation = curation;
		this.products = products;
		this.companies = companies;
		this.brands = brands;
		this.dependants = dependants;
	}

	Product create(ProductInput input) {
		return this.curation.create(input, Product::new, (product, errors) -> apply(product, input, errors), this.products::save);
	}

	Product update(ProductInput input) {
		return this.curation.update(input, input.id(), Product.class, (product, errors) -> apply(product, input, errors));
	}

	/** Deletes a product; awards given to it are its dependants, and both DETACH and DELETE drop their links. */
	String delete(DeleteInput input) {
		UserErrors errors = new UserErrors();
		Product product = this.curation.target(errors, input.id(), Product.class);
		errors.throwIfAny();
		List<Award> awards = this.dependants.linking(Award.class, "products", product);
		this.dependants.decide(input, Map.of("awards received", awards));
		awards.forEach((award) -> award.getProducts().remove(product));
		this.dependants.remove(product);
		return input.id();
	}

	private void apply(Product product, ProductInput input, UserErrors errors) {
		// Every look-up runs before the product changes, so that no query flushes a half-applied change.
		if (input.slug() != null) {
			this.curation.unique(errors, this.products.findBySlug(input.slug()), product, input.slug(), "slug");
		}
		Company company = this.curation.reference(errors, input.company(), this.companies::findBySlug, "company",
				"company");
		boolean clearBrand = input.brand() != null && input.brand().isBlank();
		Brand brand = clearBrand ? null
				: this.curation.reference(errors, input.brand(), this.brands::findBySlug, "brand", "brand");
		Company newCompany = (input.company() != null) ? company : product.getCompany();
		Brand newBrand = (input.brand() != null) ? brand : product.getBrand();
		if (newCompany != null && newBrand != null
				&& !Objects.equals(Entities.idOf(newBrand.getCompany()), Entities.idOf(newCompany))) {
			errors.add(UserErrorCode.INVALID, (input.brand() != null)
					? "The brand '" + newBrand.getSlug() + "' belongs to another company."
					: "The product's brand belongs to its old company: give a brand of the new company, or an empty "
							+ "brand to remove it.",
					"brand");
		}
		if (input.slug() != null) {
			product.setSlug(input.slug());
		}
		product.setName(Curation.value(product.getName(), input.name()));
		product.setNameZh(Curation.text(product.getNameZh(), input.nameZh()));
		product.setDescription(Curation.text(product.getDescription(), input.description()));
		product.setCompany(Curation.value(product.getCompany(), company));
		if (input.brand() != null) {
			product.setBrand(brand);
		}
		this.curation.replaceSources(errors, product, input.sources());
	}

}
