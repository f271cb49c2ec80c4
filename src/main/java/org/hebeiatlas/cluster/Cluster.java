package org.hebeiatlas.cluster;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import org.hebeiatlas.county.County;
import org.hebeiatlas.model.NamedEntity;

/**
 * An industrial cluster: many firms of one industry in one county, often with national titles such as 中国箱包之都.
 */
@Entity
@Table(name = "cluster")
@AssociationOverride(name = "sources",
		joinTable = @JoinTable(name = "cluster_source", joinColumns = @JoinColumn(name = "cluster_id"),
				inverseJoinColumns = @JoinColumn(name = "source_id")))
public class Cluster extends NamedEntity {

	@ManyToOne(fetch = FetchType.LAZY)
	private County county;

	@Column(nullable = false)
	@NotBlank
	private String industry;

	@ElementCollection
	@CollectionTable(name = "cluster_title", joinColumns = @JoinColumn(name = "cluster_id"))
	@OrderColumn(name = "position")
	@Column(name = "title", nullable = false)
	private List<String> titles = new ArrayList<>();

	public County getCounty() {
		return this.county;
	}

	public void setCounty(County county) {
		this.county = county;
	}

	public String getIndustry() {
		return this.industry;
	}

	public void setIndustry(String industry) {
		this.industry = industry;
	}

	public List<String> getTitles() {
		return this.titles;
	}

	public void setTitles(List<String> titles) {
		this.titles = new ArrayList<>(titles);
	}

}
