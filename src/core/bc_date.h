/*
 * src/core/bc_date.h
 *		Vietnamese date expressions and publication date lines.
 *
 * "Thứ năm - 28/10/2021", "Sáng nay (27/8)", "Ngày 3.11", "sáng 25-3",
 * "ngày 19 và 20-12", "19-20/12", "tháng 3/2023", "năm 2021",
 * "7 tháng đầu năm 2021", "giai đoạn 2019 - 2021", "cùng kỳ", "3 năm qua".
 * A day or month without a year takes its year from a reference date (the
 * publication date); without one the year stays 0 (unknown).
 */
#ifndef BC_DATE_H
#define BC_DATE_H

#include "bc_core.h"

/* one date expression: s[start,end); to.precision == BC_PREC_NONE unless a range */
typedef struct bc_date_match
{
	int			start;
	int			end;
	bc_date		from;
	bc_date		to;
} bc_date_match;

/* every date expression in s[0,len), in text order, at most `max`; ref gives the year for day/month forms */
extern int	bc_dates_find(const char *s, size_t len, bc_date ref,
						  bc_date_match *out, int max);

/*
 * Parse a publication date line such as "Thứ năm - 28/10/2021 14:53",
 * "25/02/2022 6:30 PM (GMT+7)", "Thời gian đăng: 27/03/2023 12:47:05 PM";
 * returns true when it is one.  *hour is -1 when the line has no time and
 * *utc_offset_min INT32_MIN when it names no zone.
 */
extern bool bc_dateline_parse(const char *s, size_t len, bc_date *date,
							  int *hour, int *min, int *sec,
							  int *utc_offset_min);

/* true when y-m-d is a real calendar day */
extern bool bc_date_valid(int y, int m, int d);

/* days in month m of year y (0 when m is out of range) */
extern int	bc_days_in_month(int y, int m);

#endif							/* BC_DATE_H */
