package org.hebeiatlas.county;

import java.util.List;
import java.util.Map;

import org.hebeiatlas.award.Award;
import org.hebeiatlas.cluster.Cluster;
import org.hebeiatlas.company.Company;
import org.hebeiatlas.curation.Curation;
import org.hebeiatlas.curation.DeleteInput;
import org.hebeiatlas.curation.Dependants;
import org.hebeiatlas.curation.OnDependants;
import org.hebeiatlas.curation.UserErrorCode;
import org.hebeiatlas.curation.UserErrors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes counties; each write is one transaction that either happens whole or not at all.
 */
@Service
@Transactional
class CountyCuration {

	private final Curation curation;

	private final CountyRepository counties;

	private final CityRepository cities;

	private final Dependants dependants;

	CountyCuration(Curation curation, CountyRepository counties, CityRepository cities, Dependants dependants) {
		this.curation = curation;
		this.counties = counties;
		this.cities = cities;
		this.dependants = dependants;
	}

	County create(CountyInput input) {
		return this.curation.create(input, County::new, (county, errors) -> apply(county, input, errors), this.counties::save);
	}

	County update(CountyInput input) {
		return this.curation.update(input, input.id(), County.class, (county, errors) -> apply(county, input, errors));
	}

	String delete(DeleteInput input) {
		UserErrors errors = new UserErrors();
		County county = this.curation.target(errors, input.id(), County.class);
		errors.throwIfAny();
		List<Cluster> clusters = this.dependants.referring(Cluster.class, "county", county);
		List<Company> companies = this.dependants.referring(Company.class, "county", county);
		List<Award> awards = this.dependants.referring(Award.class, "county", county);
		List<Award> recipientOf = this.dependants.linking(Award.class, "counties", county);
		OnDependants choice = this.dependants.decide(input, Map.of("clusters", clusters, "companies", companies,
				"awards", awards, "awards received", recipientOf));
		if (choice == OnDependants.DELETE && !(clusters.isEmpty() && companies.isEmpty())) {
			this.dependants.refuse("A county's clusters and companies are not deleted with it: delete or move them "
					+ "first, or DETACH them.");
		}
		clusters.forEach((cluster) -> cluster.setCounty(null));
		companies.forEach((company) -> company.setCounty(null));
		awards.forEach((award) -> award.setCounty(null));
		recipientOf.forEach((award) -> award.getCounties().remove(county));
		this.dependants.remove(county);
		return input.id();
	}

	private void apply(County county, CountyInput input, UserErrors errors) {
		if (input.slug() != null) {
			this.curation.unique(errors, this.counties.findBySlug(input.slug()), county, input.slug(), "slug");
			county.setSlug(input.slug());
		}
		county.setName(Curation.value(county.getName(), input.name()));
		county.setNameZh(Curation.text(county.getNameZh(), input.nameZh()));
		county.setKind(Curation.value(county.getKind(), input.kind()));
		City city = this.curation.reference(errors, input.city(), this.cities::findBySlug, "city", "city");
		county.setCity(Curation.value(county.getCity(), city));
		county.setProvinciallyAdministered(
				Curation.value(county.isProvinciallyAdministered(), input.provinciallyAdministered()));
		county.setNote(Curation.text(county.getNote(), input.note()));
		if ((input.latitude() == null) != (input.longitude() == null)) {
			errors.add(UserErrorCode.INVALID, "Give latitude and longitude together.",
					(input.latitude() == null) ? "latitude" : "longitude");
		}
		else if (input.latitude() != null) {
			county.setCoordinates(input.latitude(), input.longitude());
		}
		this.curation.replaceSources(errors, county, input.sources());
	}

}
