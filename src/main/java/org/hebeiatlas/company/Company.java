package org.hebeiatlas.company;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hebeiatlas.cluster.Cluster;
import org.hebeiatlas.county.County;
import org.hebeiatlas.model.NamedEntity;

/**
 * A company (or a brand known without its maker) in a county, taking part in clusters.
 */
@Entity
@Table(name = "company")
@AssociationOverride(name = "sources",
		joinTable = @JoinTable(name = "company_source", joinColumns = @JoinColumn(name = "company_id"),
				inverseJoinColumns = @JoinColumn(name = "source_id")))
public class Company extends NamedEntity {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CompanyKind kind = CompanyKind.COMPANY;

	@ManyToOne(fetch = FetchType.LAZY)
	private County county;

	@ManyToMany
	@JoinTable(name = "company_cluster", joinColumns = @JoinColumn(name = "company_id"),
			inverseJoinColumns = @JoinColumn(name = "cluster_id"))
	private Set<Cluster> clusters = new LinkedHashSet<>();

	private String description;

	private boolean uncertain;

	private String note;

	public CompanyKind getKind() {
		return this.kind;
	}

	public void setKind(CompanyKind kind) {
		this.kind = kind;
	}

	public County getCounty() {
		return this.county;
	}

	public void setCounty(County county) {
		this.county = county;
	}

	public Set<Cluster> getClusters() {
		return this.clusters;
	}

	public void addCluster(Cluster cluster) {
		this.clusters.add(cluster);
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public boolean isUncertain() {
		return this.uncertain;
	}

	public void setUncertain(boolean uncertain) {
		this.uncertain = uncertain;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
