package org.hebeiatlas.company;

import java.util.List;

import org.hebeiatlas.curation.UserError;

/**
 * The result of a company write.
 */
record CompanyPayload(Company company, List<UserError> userErrors) {

	static CompanyPayload of(Company company) {
		return new CompanyPayload(company, List.of());
	}

	static CompanyPayload rejected(List<UserError> errors) {
		return new CompanyPayload(null, errors);
	}

}
