/**
 * Paged lists for PrimeFaces' paginator over the boundaries' pages, which never count all rows: the paginator offers
 * previous, the page number and next, and learns whether there is a next page from one row fetched beyond the page.
 */
package nl.samenduurzaam.portal.web.paging;
