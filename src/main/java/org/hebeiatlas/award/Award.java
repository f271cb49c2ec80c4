package org.hebeiatlas.award;

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
import org.hebeiatlas.company.Company;
import org.hebeiatlas.county.County;
import org.hebeiatlas.model.NamedEntity;
import org.hebeiatlas.product.Product;

/**
 * An award or industry title (Red Dot, 中国箱包之都, …) given to companies, products, clusters or counties.
 */
@Entity
@Table(name = "award")
@AssociationOverride(name = "sources",
		joinTable = @JoinTable(name = "award_source", joinColumns = @JoinColumn(name = "award_id"),
				inverseJoinColumns = @JoinColumn(name = "source_id")))
public class Award extends NamedEntity {

	private String category;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AwardLevel level;

	private String grantor;

	@Column(name = "award_year")
	private Integer year;

	private String yearText;

	private String description;

	@ManyToOne(fetch = FetchType.LAZY)
	private County county;

	private String recipientText;

	private boolean uncertain;

	@ManyToMany
	@JoinTable(name = "award_company", joinColumns = @JoinColumn(name = "award_id"),
			inverseJoinColumns = @JoinColumn(name = "company_id"))
	private Set<Company> companies = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "award_product", joinColumns = @JoinColumn(name = "award_id"),
			inverseJoinColumns = @JoinColumn(name = "product_id"))
	private Set<Product> products = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "award_cluster", joinColumns = @JoinColumn(name = "award_id"),
			inverseJoinColumns = @JoinColumn(name = "cluster_id"))
	private Set<Cluster> clusters = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "award_county", joinColumns = @JoinColumn(name = "award_id"),
			inverseJoinColumns = @JoinColumn(name = "county_id"))
	private Set<County> counties = new LinkedHashSet<>();

	public String getCategory() {
		return this.category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public AwardLevel getLevel() {
		return this.level;
	}

	public void setLevel(AwardLevel level) {
		this.level = level;
	}

	public String getGrantor() {
		return this.grantor;
	}

	public void setGrantor(String grantor) {
		this.grantor = grantor;
	}

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public String getYearText() {
		return this.yearText;
	}

	public void setYearText(String yearText) {
		this.yearText = yearText;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public County getCounty() {
		return this.county;
	}

	public void setCounty(County county) {
		this.county = county;
	}

	public String getRecipientText() {
		return this.recipientText;
	}

	public void setRecipientText(String recipientText) {
		this.recipientText = recipientText;
	}

	public boolean isUncertain() {
		return this.uncertain;
	}

	public void setUncertain(boolean uncertain) {
		this.uncertain = uncertain;
	}

	public Set<Company> getCompanies() {
		return this.companies;
	}

	public Set<Product> getProducts() {
		return this.products;
	}

	public Set<Cluster> getClusters() {
		return this.clusters;
	}

	public Set<County> getCounties() {
		return this.counties;
	}

}
