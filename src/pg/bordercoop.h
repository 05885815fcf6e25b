/*
 * src/pg/bordercoop.h
 *		Declarations shared by the PostgreSQL layer's files.
 */
#ifndef BORDERCOOP_H
#define BORDERCOOP_H

extern int	bc_max_article_kb;

extern void bc_check_encoding(void);

#endif							/* BORDERCOOP_H */
