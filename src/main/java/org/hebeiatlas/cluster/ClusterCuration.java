package org.hebeiatlas.cluster;

import java.util.List;
import java.util.Map;

import org.hebeiatlas.award.Award;
import org.hebeiatlas.company.Company;
import org.hebeiatlas.county.County;
import org.hebeiatlas.county.CountyRepository;
import org.hebeiatlas.curation.Curation;
import org.hebeiatlas.curation.DeleteInput;
import org.hebeiatlas.curation.Dependants;
import org.hebeiatlas.curation.OnDependants;
import org.hebeiatlas.curation.UserErrors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes clusters; each write is one transaction that either happens whole or not at all.
 */
@Service
@Transactional
class ClusterCuration {

	private final Curation curation;

	private final ClusterRepository clusters;

	private final CountyRepository counties;

	private final Dependants dependants;

	ClusterCuration(Curation curation, ClusterRepository clusters, CountyRepository counties, Dependants dependants) {
		this.curation = curation;
		this.clusters = clusters;
		this.counties = counties;
		this.dependants = dependants;
	}

	Cluster create(ClusterInput input) {
		return this.curation.create(input, Cluster::new, (cluster, errors) -> apply(cluster, input, errors), this.clusters::save);
	}

	Cluster update(ClusterInput input) {
		return this.curation.update(input, input.id(), Cluster.class, (cluster, errors) -> apply(cluster, input, errors));
	}

	String delete(DeleteInput input) {
		UserErrors errors = new UserErrors();
		Cluster cluster = this.curation.target(errors, input.id(), Cluster.class);
		errors.throwIfAny();
		List<Company> companies = this.dependants.linking(Company.class, "clusters", cluster);
		List<Award> awards = this.dependants.linking(Award.class, "clusters", cluster);
		OnDependants choice = this.dependants.decide(input, Map.of("companies", companies, "awards", awards));
		if (choice == OnDependants.DELETE && !companies.isEmpty()) {
			this.dependants.refuse("Companies are not deleted with their cluster: DETACH them.");
		}
		companies.forEach((company) -> company.getClusters().remove(cluster));
		awards.forEach((award) -> award.getClusters().remove(cluster));
		this.dependants.remove(cluster);
		return input.id();
	}

	private void apply(Cluster cluster, ClusterInput input, UserErrors errors) {
		if (input.slug() != null) {
			this.curation.unique(errors, this.clusters.findBySlug(input.slug()), cluster, input.slug(), "slug");
			cluster.setSlug(input.slug());
		}
		cluster.setName(Curation.value(cluster.getName(), input.name()));
		cluster.setNameZh(Curation.text(cluster.getNameZh(), input.nameZh()));
		if (input.county() != null) {
			County county = input.county().isBlank() ? null
					: this.curation.reference(errors, input.county(), this.counties::findBySlug, "county", "county");
			cluster.setCounty(county);
		}
		cluster.setIndustry(Curation.value(cluster.getIndustry(), input.industry()));
		if (input.titles() != null) {
			cluster.setTitles(input.titles().stream().map(String::strip).toList());
		}
		this.curation.replaceSources(errors, cluster, input.sources());
	}

}
