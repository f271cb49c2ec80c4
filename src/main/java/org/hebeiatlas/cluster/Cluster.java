package org.hebeiatlas.cluster;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import org.hebeiatlas.award.Award;
import org.hebeiatlas.company.Company;
import org.hebeiatlas.county.County;
import org.hebeiatlas.fact.Fact;
import org.hebeiatlas.model.NamedEntity;
import org.hebeiatlas.search.SearchFieldsBinder;
import org.hebeiatlas.search.SearchText;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;

/**
 * An industrial cluster: many firms of one industry in one county, often with national titles such as 中国箱包之都.
 */
@Entity
@Indexed
@TypeBinding(binder = @TypeBinderRef(type = SearchFieldsBinder.ForCluster.class))
@Table(name = "cluster")
@AssociationOverride(name = "sources",
		joinTable = @JoinTable(name = "cluster_source", joinColumns = @JoinColumn(name = "cluster_id"),
				inverseJoinColumns = @JoinColumn(name = "source_id")))
public class Cluster extends NamedEntity {

	@ManyToOne(fetch = FetchType.LAZY)
	@IndexedEmbedded(includePaths = { "name", "name_zh", "nameZh", "nameZh_zh", "city.name", "city.name_zh", "city.nameZh", "city.nameZh_zh" })
	private County county;

	@Column(nullable = false)
	@NotBlank
	@SearchText
	private String industry;

	@ElementCollection
	@CollectionTable(name = "cluster_title", joinColumns = @JoinColumn(name = "cluster_id"))
	@OrderColumn(name = "position")
	@Column(name = "title", nullable = false)
	@SearchText
	private List<String> titles = new ArrayList<>();

	/* Inverse sides, read by the search index: what a cluster's document shows, and what to update when it changes. */

	@ManyToMany(mappedBy = "clusters")
	private Set<Company> companies = new LinkedHashSet<>();

	@OneToMany(mappedBy = "subject.cluster")
	private Set<Fact> facts = new LinkedHashSet<>();

	@ManyToMany(mappedBy = "clusters")
	@IndexedEmbedded(includePaths = { "name", "name_zh", "nameZh", "nameZh_zh" })
	private Set<Award> awards = new LinkedHashSet<>();

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

	public Set<Company> getCompanies() {
		return this.companies;
	}

	public Set<Award> getAwards() {
		return this.awards;
	}

	public Set<Fact> getFacts() {
		return this.facts;
	}

}
