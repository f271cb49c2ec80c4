package org.hebeiatlas.county;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import org.hebeiatlas.model.NamedEntity;

/**
 * A county-level place (county, county-level city, district, or a town known for its cluster) in a city.
 */
@Entity
@Table(name = "county")
@AssociationOverride(name = "sources",
		joinTable = @JoinTable(name = "county_source", joinColumns = @JoinColumn(name = "county_id"),
				inverseJoinColumns = @JoinColumn(name = "source_id")))
public class County extends NamedEntity {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CountyKind kind;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
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

}
