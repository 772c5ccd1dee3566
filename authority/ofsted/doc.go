// Package ofsted reads Ofsted's published official statistics on the
// inspection of English local authorities' children's services: the
// OpenDocument spreadsheets Ofsted publishes on GOV.UK.
package ofsted
