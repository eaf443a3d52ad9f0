"""insight: customer value, segments and loyalty, asked in German or English."""
