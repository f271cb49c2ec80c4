package org.hebeiatlas.fact;

import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.hebeiatlas.cluster.Cluster;
import org.hebeiatlas.company.Company;
import org.hebeiatlas.county.County;

/**
 * What a fact or figure is about: one county, cluster or company, or, when none is set, the province.
 */
@Embeddable
public class Subject {

	@ManyToOne(fetch = FetchType.LAZY)
	private County county;

	@ManyToOne(fetch = FetchType.LAZY)
	private Cluster cluster;

	@ManyToOne(fetch = FetchType.LAZY)
	private Company company;

	protected Subject() {
	}

	private Subject(County county, Cluster cluster, Company company) {
		this.county = county;
		this.cluster = cluster;
		this.company = company;
	}

	public static Subject province() {
		return new Subject(null, null, null);
	}

	public static Subject of(County county) {
		return new Subject(county, null, null);
	}

	public static Subject of(Cluster cluster) {
		return new Subject(null, cluster, null);
	}

	public static Subject of(Company company) {
		return new Subject(null, null, company);
	}

	public County getCounty() {
		return this.county;
	}

	public Cluster getCluster() {
		return this.cluster;
	}

	public Company getCompany() {
		return this.company;
	}

}
