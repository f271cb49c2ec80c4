package org.hebeiatlas.company;

/**
 * A company and a cluster to link or unlink, by slug.
 */
record CompanyClusterInput(String company, String cluster) {
}
