package org.hebeiatlas.company;

/**
 * Whether a company record names a firm or only a brand whose maker the sources do not name.
 */
public enum CompanyKind {

	/** A named firm. */
	COMPANY,
	/** A brand known without its maker. */
	BRAND

}
