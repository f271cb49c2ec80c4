package org.hebeiatlas.fact;

import java.util.Objects;
import java.util.stream.Stream;

import org.hebeiatlas.cluster.Cluster;
import org.hebeiatlas.cluster.ClusterRepository;
import org.hebeiatlas.company.Company;
import org.hebeiatlas.company.CompanyRepository;
import org.hebeiatlas.county.County;
import org.hebeiatlas.county.CountyRepository;
import org.hebeiatlas.curation.Curation;
import org.hebeiatlas.curation.UserErrorCode;
import org.hebeiatlas.curation.UserErrors;
import org.hebeiatlas.model.Entities;

import org.springframework.stereotype.Component;

/**
 * Resolves the subject a write names for a fact or figure, and compares subjects.
 */
@Component
public class Subjects {

	private final Curation curation;

	private final CountyRepository counties;

	private final ClusterRepository clusters;

	private final CompanyRepository companies;

	Subjects(Curation curation, CountyRepository counties, ClusterRepository clusters, CompanyRepository companies) {
		this.curation = curation;
		this.counties = counties;
		this.clusters = clusters;
		this.companies = companies;
	}

	/**
	 * The subject an input names; null (with a user error) when it names more than one or one that does not exist,
	 * and null without an error when no input was given.
	 */
	public Subject resolve(UserErrors errors, SubjectInput input) {
		if (input == null) {
			return null;
		}
		long named = Stream.of(input.county(), input.cluster(), input.company()).filter(Objects::nonNull).count();
		if (named > 1) {
			errors.add(UserErrorCode.INVALID,
					"Name at most one of county, cluster and company; name none for the province.", "subject");
			return null;
		}
		if (input.county() != null) {
			County county = this.curation.reference(errors, input.county(), this.counties::findBySlug, "county",
					"subject", "county");
			return (county != null) ? Subject.of(county) : null;
		}
		if (input.cluster() != null) {
			Cluster cluster = this.curation.reference(errors, input.cluster(), this.clusters::findBySlug, "cluster",
					"subject", "cluster");
			return (cluster != null) ? Subject.of(cluster) : null;
		}
		if (input.company() != null) {
			Company company = this.curation.reference(errors, input.company(), this.companies::findBySlug, "company",
					"subject", "company");
			return (company != null) ? Subject.of(company) : null;
		}
		return Subject.province();
	}

	/** Whether two subjects are the same county, cluster, company, or both the province. */
	public static boolean same(Subject one, Subject other) {
		return Objects.equals(Entities.idOf(one.getCounty()), Entities.idOf(other.getCounty()))
				&& Objects.equals(Entities.idOf(one.getCluster()), Entities.idOf(other.getCluster()))
				&& Objects.equals(Entities.idOf(one.getCompany()), Entities.idOf(other.getCompany()));
	}

}
