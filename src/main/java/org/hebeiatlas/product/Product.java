package org.hebeiatlas.product;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hebeiatlas.company.Brand;
import org.hebeiatlas.company.Company;
import org.hebeiatlas.model.NamedEntity;

/**
 * Something a company makes, optionally sold under one of its brands.
 */
@Entity
@Table(name = "product")
@AssociationOverride(name = "sources",
		joinTable = @JoinTable(name = "product_source", joinColumns = @JoinColumn(name = "product_id"),
				inverseJoinColumns = @JoinColumn(name = "source_id")))
public class Product extends NamedEntity {

	private String description;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Company company;

	@ManyToOne(fetch = FetchType.LAZY)
	private Brand brand;

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Company getCompany() {
		return this.company;
	}

	public void setCompany(Company company) {
		this.company = company;
	}

	public Brand getBrand() {
		return this.brand;
	}

	public void setBrand(Brand brand) {
		this.brand = brand;
	}

}
