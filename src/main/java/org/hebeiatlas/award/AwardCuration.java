package org.hebeiatlas.award;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.hebeiatlas.cluster.Cluster;
import org.hebeiatlas.cluster.ClusterRepository;
import org.hebeiatlas.company.Company;
import org.hebeiatlas.company.CompanyRepository;
import org.hebeiatlas.county.County;
import org.hebeiatlas.county.CountyRepository;
import org.hebeiatlas.curation.Curation;
import org.hebeiatlas.curation.DeleteInput;
import org.hebeiatlas.curation.Dependants;
import org.hebeiatlas.curation.UserErrors;
import org.hebeiatlas.product.Product;
import org.hebeiatlas.product.ProductRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes awards, and links them to their recipients; each write is one transaction that either
 * happens whole or not at all.
 */
@Service
@Transactional
class AwardCuration {

	private final Curation curation;

	private final AwardRepository awards;

	private final CompanyRepository companies;

	private final ProductRepository products;

	private final ClusterRepository clusters;

	private final CountyRepository counties;

	private final Dependants dependants;

	AwardCuration(Curation curation, AwardRepository awards, CompanyRepository companies,
			ProductRepository products, ClusterRepository clusters, CountyRepository counties,
			Dependants dependants) {
		this.curation = curation;
		this.awards = awards;
		this.companies = companies;
		this.products = products;
		this.clusters = clusters;
		this.counties = counties;
		this.dependants = dependants;
	}

	Award create(AwardInput input) {
		return this.curation.create(input, Award::new, (award, errors) -> apply(award, input, errors), this.awards::save);
	}

	Award update(AwardInput input) {
		return this.curation.update(input, input.id(), Award.class, (award, errors) -> apply(award, input, errors));
	}

	/** Deletes an award with its links to recipients and sources; nothing else refers to an award. */
	String delete(DeleteInput input) {
		UserErrors errors = new UserErrors();
		Award award = this.curation.target(errors, input.id(), Award.class);
		errors.throwIfAny();
		this.dependants.remove(award);
		return input.id();
	}

	/** Adds a recipient to an award; an award that already has the recipient stays as it is. */
	Award link(AwardRecipientLinkInput input) {
		UserErrors errors = this.curation.validate(input);
		Award award = this.curation.target(errors, input.id(), Award.class);
		Object recipient = recipient(errors, input.type(), input.slug(), "slug");
		errors.throwIfAny();
		add(award, recipient);
		return award;
	}

	/** Removes a recipient from an award; an award without the recipient stays as it is. */
	Award unlink(AwardRecipientLinkInput input) {
		UserErrors errors = this.curation.validate(input);
		Award award = this.curation.target(errors, input.id(), Award.class);
		Object recipient = recipient(errors, input.type(), input.slug(), "slug");
		errors.throwIfAny();
		recipients(award, input.type()).remove(recipient);
		return award;
	}

	private void apply(Award award, AwardInput input, UserErrors errors) {
		// Every look-up runs before the award changes, so that no query flushes a half-applied change.
		if (input.slug() != null) {
			this.curation.unique(errors, this.awards.findBySlug(input.slug()), award, input.slug(), "slug");
		}
		boolean clearCounty = input.county() != null && input.county().isBlank();
		County county = clearCounty ? null
				: this.curation.reference(errors, input.county(), this.counties::findBySlug, "county", "county");
		List<Object> recipients = null;
		if (input.recipients() != null) {
			recipients = new ArrayList<>();
			for (int i = 0; i < input.recipients().size(); i++) {
				AwardRecipientInput given = input.recipients().get(i);
				Object recipient = (given != null)
						? recipient(errors, given.type(), given.slug(), "recipients", String.valueOf(i), "slug") : null;
				if (recipient != null) {
					recipients.add(recipient);
				}
			}
		}
		if (input.slug() != null) {
			award.setSlug(input.slug());
		}
		award.setName(Curation.value(award.getName(), input.name()));
		award.setNameZh(Curation.text(award.getNameZh(), input.nameZh()));
		award.setCategory(Curation.text(award.getCategory(), input.category()));
		award.setLevel(Curation.value(award.getLevel(), input.level()));
		award.setGrantor(Curation.text(award.getGrantor(), input.grantor()));
		award.setYear(Curation.value(award.getYear(), input.year()));
		award.setYearText(Curation.text(award.getYearText(), input.yearText()));
		award.setDescription(Curation.text(award.getDescription(), input.description()));
		if (input.county() != null) {
			award.setCounty(county);
		}
		award.setRecipientText(Curation.text(award.getRecipientText(), input.recipientText()));
		award.setUncertain(Curation.value(award.isUncertain(), input.uncertain()));
		if (recipients != null) {
			award.getCompanies().clear();
			award.getProducts().clear();
			award.getClusters().clear();
			award.getCounties().clear();
			recipients.forEach((recipient) -> add(award, recipient));
		}
		this.curation.replaceSources(errors, award, input.sources());
	}

	/** The recipient a kind and slug name; null (with a user error) when they name nothing. */
	private Object recipient(UserErrors errors, AwardRecipientType type, String slug, String... field) {
		if (type == null || slug == null) {
			return null;
		}
		return switch (type) {
			case COMPANY -> this.curation.reference(errors, slug, this.companies::findBySlug, "company", field);
			case PRODUCT -> this.curation.reference(errors, slug, this.products::findBySlug, "product", field);
			case CLUSTER -> this.curation.reference(errors, slug, this.clusters::findBySlug, "cluster", field);
			case COUNTY -> this.curation.reference(errors, slug, this.counties::findBySlug, "county", field);
		};
	}

	private static Set<?> recipients(Award award, AwardRecipientType type) {
		return switch (type) {
			case COMPANY -> award.getCompanies();
			case PRODUCT -> award.getProducts();
			case CLUSTER -> award.getClusters();
			case COUNTY -> award.getCounties();
		};
	}

	private static void add(Award award, Object recipient) {
		if (recipient instanceof Company company) {
			award.getCompanies().add(company);
		}
		else if (recipient instanceof Product product) {
			award.getProducts().add(product);
		}
		else if (recipient instanceof Cluster cluster) {
			award.getClusters().add(cluster);
		}
		else if (recipient instanceof County county) {
			award.getCounties().add(county);
		}
	}

}
