package org.hebeiatlas.county;

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
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.util.LinkedHashSet;
import java.util.Set;

import org.hebeiatlas.award.Award;
import org.hebeiatlas.cluster.Cluster;
import org.hebeiatlas.company.Company;
import org.hebeiatlas.fact.Fact;
import org.hebeiatlas.model.NamedEntity;
import org.hebeiatlas.search.SearchFieldsBinder;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;

/**
 * A county-level place (county, county-level city, district, or a town known for its cluster) in a city.
 */
@Entity
@Indexed
@TypeBinding(binder = @TypeBinderRef(type = SearchFieldsBinder.ForCounty.class))
@Table(name = "county")
@AssociationOverride(name = "sources",
		joinTable = @JoinTable(name = "county_source", joinColumns = @JoinColumn(name = "county_id"),
				inverseJoinColumns = @JoinColumn(name = "source_id")))
public class County extends NamedEntity {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CountyKind kind;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@IndexedEmbedded(includePaths = { "name", "name_zh", "nameZh", "nameZh_zh" })
	private City city;

	private boolean provinciallyAdministered;

	private String note;

	@DecimalMin("-90")
	@DecimalMax("90")
	private Double latitude;

	@DecimalMin("-180")
	@DecimalMax("180")
	private Double longitude;

	private String coordinateSourceTitle;

	private String coordinateSourceUrl;

	/* Inverse sides, read by the search index: what a county's document shows, and what to update when it changes. */

	@OneToMany(mappedBy = "county")
	@IndexedEmbedded(includePaths = { "name", "name_zh", "nameZh", "nameZh_zh" })
	private Set<Cluster> clusters = new LinkedHashSet<>();

	@OneToMany(mappedBy = "county")
	private Set<Company> companies = new LinkedHashSet<>();

	@OneToMany(mappedBy = "subject.county")
	private Set<Fact> facts = new LinkedHashSet<>();

	@ManyToMany(mappedBy = "counties")
	@IndexedEmbedded(includePaths = { "name", "name_zh", "nameZh", "nameZh_zh" })
	private Set<Award> awards = new LinkedHashSet<>();

	public CountyKind getKind() {
		return this.kind;
	}

	public void setKind(CountyKind kind) {
		this.kind = kind;
	}

	public City getCity() {
		return this.city;
	}

	public void setCity(City city) {
		this.city = city;
	}

	public boolean isProvinciallyAdministered() {
		return this.provinciallyAdministered;
	}

	public void setProvinciallyAdministered(boolean provinciallyAdministered) {
		this.provinciallyAdministered = provinciallyAdministered;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public Double getLatitude() {
		return this.latitude;
	}

	public Double getLongitude() {
		return this.longitude;
	}

	public void setCoordinates(Double latitude, Double longitude) {
		this.latitude = latitude;
		this.longitude = longitude;
	}

	public String getCoordinateSourceTitle() {
		return this.coordinateSourceTitle;
	}

	public String getCoordinateSourceUrl() {
		return this.coordinateSourceUrl;
	}

	public void setCoordinateSource(String title, String url) {
		this.coordinateSourceTitle = title;
		this.coordinateSourceUrl = url;
	}

	public Set<Cluster> getClusters() {
		return this.clusters;
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
