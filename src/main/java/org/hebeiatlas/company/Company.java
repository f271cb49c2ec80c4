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
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.hebeiatlas.award.Award;
import org.hebeiatlas.cluster.Cluster;
import org.hebeiatlas.county.County;
import org.hebeiatlas.model.NamedEntity;
import org.hebeiatlas.product.Product;
import org.hebeiatlas.search.SearchFieldsBinder;
import org.hebeiatlas.search.SearchText;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;

/**
 * A company (or a brand known without its maker) in a county, taking part in clusters.
 */
@Entity
@Indexed
@TypeBinding(binder = @TypeBinderRef(type = SearchFieldsBinder.ForCompany.class))
@Table(name = "company")
@AssociationOverride(name = "sources",
		joinTable = @JoinTable(name = "company_source", joinColumns = @JoinColumn(name = "company_id"),
				inverseJoinColumns = @JoinColumn(name = "source_id")))
public class Company extends NamedEntity {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CompanyKind kind = CompanyKind.COMPANY;

	@ManyToOne(fetch = FetchType.LAZY)
	@IndexedEmbedded(includePaths = { "name", "name_zh", "nameZh", "nameZh_zh", "city.name", "city.name_zh", "city.nameZh", "city.nameZh_zh" })
	private County county;

	@ManyToMany
	@JoinTable(name = "company_cluster", joinColumns = @JoinColumn(name = "company_id"),
			inverseJoinColumns = @JoinColumn(name = "cluster_id"))
	@IndexedEmbedded(includePaths = { "name", "name_zh", "nameZh", "nameZh_zh", "industry", "industry_zh" })
	private Set<Cluster> clusters = new LinkedHashSet<>();

	@SearchText
	private String description;

	private boolean uncertain;

	private String note;

	/* Inverse sides, read by the search index: what a company's document shows, and what to update when it changes. */

	@OneToMany(mappedBy = "company")
	@IndexedEmbedded(includePaths = { "name", "name_zh", "nameZh", "nameZh_zh" })
	private Set<Brand> brands = new LinkedHashSet<>();

	@OneToMany(mappedBy = "company")
	@IndexedEmbedded(includePaths = { "name", "name_zh", "nameZh", "nameZh_zh", "description", "description_zh" })
	private Set<Product> products = new LinkedHashSet<>();

	@ManyToMany(mappedBy = "companies")
	@IndexedEmbedded(includePaths = { "name", "name_zh", "nameZh", "nameZh_zh" })
	private Set<Award> awards = new LinkedHashSet<>();

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

	public Set<Brand> getBrands() {
		return this.brands;
	}

	public Set<Product> getProducts() {
		return this.products;
	}

	public Set<Award> getAwards() {
		return this.awards;
	}

}
