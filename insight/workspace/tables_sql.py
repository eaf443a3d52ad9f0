"""GENERATED from the SQLModel classes of insight.workspace.models by `python -m insight.workspace.models`:
do not edit. The workspace's DDL and data columns as plain text, so that creating a workspace and writing
to one import neither SQLAlchemy nor SQLModel (issue 16); tests/workspace/test_tables_sql.py checks that this
file is what the classes compile to."""

DATA_COLUMNS: dict[str, tuple[str, ...]] = {'order_lines': ('order_id',
                 'customer_id',
                 'order_date',
                 'product_id',
                 'description',
                 'quantity',
                 'unit_price',
                 'amount',
                 'unit_cost',
                 'channel',
                 'country',
                 'line_profit',
                 'line_status',
                 'currency',
                 'name'),
 'customers': ('customer_id',
               'name',
               'email',
               'phone',
               'status',
               'kind',
               'industry',
               'company_size',
               'age',
               'gender',
               'marital_status',
               'income_band',
               'education',
               'city',
               'country',
               'acquisition_channel',
               'acquisition_cost',
               'referred_by',
               'first_contact_date',
               'contact_preference',
               'cost_to_serve'),
 'customer_attributes': ('customer_id', 'name', 'value'),
 'survey_responses': ('customer_id',
                      'response_date',
                      'aspect',
                      'satisfaction',
                      'importance',
                      'nps',
                      'repurchase_intent'),
 'coupons': ('coupon_id', 'customer_id', 'issued_at', 'redeemed_at', 'campaign'),
 'interactions': ('customer_id', 'happened_at', 'kind', 'note')}

DDL: dict[str, tuple[str, ...]] = {'sqlite': ('\n'
            'CREATE TABLE IF NOT EXISTS coupons_replaced (\n'
            '\trow_id INTEGER NOT NULL, \n'
            '\timport_id INTEGER, \n'
            '\treplace_key VARCHAR, \n'
            '\tcoupon_id VARCHAR, \n'
            '\tcustomer_id VARCHAR, \n'
            '\tissued_at DATE, \n'
            '\tredeemed_at DATE, \n'
            '\tcampaign VARCHAR, \n'
            '\treplaced_by INTEGER NOT NULL, \n'
            '\tPRIMARY KEY (row_id)\n'
            ')\n'
            '\n',
            'CREATE INDEX IF NOT EXISTS ix_coupons_replaced_import_id ON coupons_replaced (import_id)',
            'CREATE INDEX IF NOT EXISTS ix_coupons_replaced_replace_key ON coupons_replaced (replace_key)',
            'CREATE INDEX IF NOT EXISTS ix_coupons_replaced_replaced_by ON coupons_replaced (replaced_by)',
            '\n'
            'CREATE TABLE IF NOT EXISTS customer_attributes_replaced (\n'
            '\trow_id INTEGER NOT NULL, \n'
            '\timport_id INTEGER, \n'
            '\treplace_key VARCHAR, \n'
            '\tcustomer_id VARCHAR, \n'
            '\tname VARCHAR, \n'
            '\tvalue VARCHAR, \n'
            '\treplaced_by INTEGER NOT NULL, \n'
            '\tPRIMARY KEY (row_id)\n'
            ')\n'
            '\n',
            'CREATE INDEX IF NOT EXISTS ix_customer_attributes_replaced_import_id ON customer_attributes_replaced '
            '(import_id)',
            'CREATE INDEX IF NOT EXISTS ix_customer_attributes_replaced_replace_key ON '
            'customer_attributes_replaced (replace_key)',
            'CREATE INDEX IF NOT EXISTS ix_customer_attributes_replaced_replaced_by ON '
            'customer_attributes_replaced (replaced_by)',
            '\n'
            'CREATE TABLE IF NOT EXISTS customers_replaced (\n'
            '\trow_id INTEGER NOT NULL, \n'
            '\timport_id INTEGER, \n'
            '\treplace_key VARCHAR, \n'
            '\tcustomer_id VARCHAR, \n'
            '\tname VARCHAR, \n'
            '\temail VARCHAR, \n'
            '\tphone VARCHAR, \n'
            '\tstatus VARCHAR, \n'
            '\tkind VARCHAR, \n'
            '\tindustry VARCHAR, \n'
            '\tcompany_size VARCHAR, \n'
            '\tage FLOAT, \n'
            '\tgender VARCHAR, \n'
            '\tmarital_status VARCHAR, \n'
            '\tincome_band VARCHAR, \n'
            '\teducation VARCHAR, \n'
            '\tcity VARCHAR, \n'
            '\tcountry VARCHAR, \n'
            '\tacquisition_channel VARCHAR, \n'
            '\tacquisition_cost FLOAT, \n'
            '\treferred_by VARCHAR, \n'
            '\tfirst_contact_date DATE, \n'
            '\tcontact_preference VARCHAR, \n'
            '\tcost_to_serve FLOAT, \n'
            '\treplaced_by INTEGER NOT NULL, \n'
            '\tPRIMARY KEY (row_id)\n'
            ')\n'
            '\n',
            'CREATE INDEX IF NOT EXISTS ix_customers_replaced_import_id ON customers_replaced (import_id)',
            'CREATE INDEX IF NOT EXISTS ix_customers_replaced_replace_key ON customers_replaced (replace_key)',
            'CREATE INDEX IF NOT EXISTS ix_customers_replaced_replaced_by ON customers_replaced (replaced_by)',
            '\n'
            'CREATE TABLE IF NOT EXISTS extra_columns (\n'
            '\tid INTEGER NOT NULL, \n'
            '\ttable_name VARCHAR NOT NULL, \n'
            '\tname VARCHAR NOT NULL, \n'
            '\tdtype VARCHAR NOT NULL, \n'
            '\tcolumn_name VARCHAR NOT NULL, \n'
            '\tPRIMARY KEY (id), \n'
            '\tUNIQUE (table_name, name, dtype), \n'
            '\tUNIQUE (table_name, column_name)\n'
            ')\n'
            '\n',
            '\n'
            'CREATE TABLE IF NOT EXISTS imports (\n'
            '\tid INTEGER NOT NULL, \n'
            '\tfile_name VARCHAR NOT NULL, \n'
            '\tcontent_hash VARCHAR NOT NULL, \n'
            '\ttable_name VARCHAR NOT NULL, \n'
            '\tmapping VARCHAR NOT NULL, \n'
            '\tkind VARCHAR NOT NULL, \n'
            '\trows INTEGER NOT NULL, \n'
            '\treplaced_rows INTEGER NOT NULL, \n'
            '\timported_at DATETIME NOT NULL, \n'
            '\tuser_host VARCHAR NOT NULL, \n'
            '\tundone_at DATETIME, \n'
            '\treport VARCHAR NOT NULL, \n'
            "\textras VARCHAR DEFAULT '{}' NOT NULL, \n"
            '\tPRIMARY KEY (id)\n'
            ')\n'
            '\n',
            'CREATE INDEX IF NOT EXISTS ix_imports_content_hash ON imports (content_hash)',
            '\n'
            'CREATE TABLE IF NOT EXISTS interactions_replaced (\n'
            '\trow_id INTEGER NOT NULL, \n'
            '\timport_id INTEGER, \n'
            '\treplace_key VARCHAR, \n'
            '\tcustomer_id VARCHAR, \n'
            '\thappened_at DATETIME, \n'
            '\tkind VARCHAR, \n'
            '\tnote VARCHAR, \n'
            '\treplaced_by INTEGER NOT NULL, \n'
            '\tPRIMARY KEY (row_id)\n'
            ')\n'
            '\n',
            'CREATE INDEX IF NOT EXISTS ix_interactions_replaced_import_id ON interactions_replaced (import_id)',
            'CREATE INDEX IF NOT EXISTS ix_interactions_replaced_replace_key ON interactions_replaced '
            '(replace_key)',
            'CREATE INDEX IF NOT EXISTS ix_interactions_replaced_replaced_by ON interactions_replaced '
            '(replaced_by)',
            '\n'
            'CREATE TABLE IF NOT EXISTS order_lines_replaced (\n'
            '\trow_id INTEGER NOT NULL, \n'
            '\timport_id INTEGER, \n'
            '\treplace_key VARCHAR, \n'
            '\torder_id VARCHAR, \n'
            '\tcustomer_id VARCHAR, \n'
            '\torder_date DATETIME, \n'
            '\tproduct_id VARCHAR, \n'
            '\tdescription VARCHAR, \n'
            '\tquantity FLOAT, \n'
            '\tunit_price FLOAT, \n'
            '\tamount FLOAT, \n'
            '\tunit_cost FLOAT, \n'
            '\tchannel VARCHAR, \n'
            '\tcountry VARCHAR, \n'
            '\tline_profit FLOAT, \n'
            '\tline_status VARCHAR, \n'
            '\tcurrency VARCHAR, \n'
            '\tname VARCHAR, \n'
            '\treplaced_by INTEGER NOT NULL, \n'
            '\tPRIMARY KEY (row_id)\n'
            ')\n'
            '\n',
            'CREATE INDEX IF NOT EXISTS ix_order_lines_replaced_import_id ON order_lines_replaced (import_id)',
            'CREATE INDEX IF NOT EXISTS ix_order_lines_replaced_replace_key ON order_lines_replaced (replace_key)',
            'CREATE INDEX IF NOT EXISTS ix_order_lines_replaced_replaced_by ON order_lines_replaced (replaced_by)',
            '\n'
            'CREATE TABLE IF NOT EXISTS survey_responses_replaced (\n'
            '\trow_id INTEGER NOT NULL, \n'
            '\timport_id INTEGER, \n'
            '\treplace_key VARCHAR, \n'
            '\tcustomer_id VARCHAR, \n'
            '\tresponse_date DATE, \n'
            '\taspect VARCHAR, \n'
            '\tsatisfaction FLOAT, \n'
            '\timportance FLOAT, \n'
            '\tnps FLOAT, \n'
            '\trepurchase_intent FLOAT, \n'
            '\treplaced_by INTEGER NOT NULL, \n'
            '\tPRIMARY KEY (row_id)\n'
            ')\n'
            '\n',
            'CREATE INDEX IF NOT EXISTS ix_survey_responses_replaced_import_id ON survey_responses_replaced '
            '(import_id)',
            'CREATE INDEX IF NOT EXISTS ix_survey_responses_replaced_replace_key ON survey_responses_replaced '
            '(replace_key)',
            'CREATE INDEX IF NOT EXISTS ix_survey_responses_replaced_replaced_by ON survey_responses_replaced '
            '(replaced_by)',
            '\n'
            'CREATE TABLE IF NOT EXISTS workspace_settings (\n'
            '\tid INTEGER NOT NULL, \n'
            '\tdefault_margin FLOAT NOT NULL, \n'
            '\tcurrency VARCHAR, \n'
            '\tas_of DATE, \n'
            '\tabc_a FLOAT NOT NULL, \n'
            '\tabc_b FLOAT NOT NULL, \n'
            '\tclv_horizon_months INTEGER NOT NULL, \n'
            '\tannual_discount_rate FLOAT NOT NULL, \n'
            '\tschema_version INTEGER NOT NULL, \n'
            '\tpseudonym_key VARCHAR, \n'
            "\tcancellation_rule VARCHAR DEFAULT 'auto' NOT NULL, \n"
            '\tfiscal_year_start INTEGER, \n'
            "\tfiscal_year_named_by VARCHAR DEFAULT 'end' NOT NULL, \n"
            '\tPRIMARY KEY (id)\n'
            ')\n'
            '\n',
            '\n'
            'CREATE TABLE IF NOT EXISTS coupons (\n'
            '\trow_id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n'
            '\timport_id INTEGER NOT NULL, \n'
            '\treplace_key VARCHAR NOT NULL, \n'
            '\tcoupon_id VARCHAR NOT NULL, \n'
            '\tcustomer_id VARCHAR, \n'
            '\tissued_at DATE, \n'
            '\tredeemed_at DATE, \n'
            '\tcampaign VARCHAR, \n'
            '\tFOREIGN KEY(import_id) REFERENCES imports (id)\n'
            ')\n'
            '\n',
            'CREATE INDEX IF NOT EXISTS ix_coupons_import_id ON coupons (import_id)',
            'CREATE INDEX IF NOT EXISTS ix_coupons_replace_key ON coupons (replace_key)',
            '\n'
            'CREATE TABLE IF NOT EXISTS customer_attributes (\n'
            '\trow_id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n'
            '\timport_id INTEGER NOT NULL, \n'
            '\treplace_key VARCHAR NOT NULL, \n'
            '\tcustomer_id VARCHAR NOT NULL, \n'
            '\tname VARCHAR NOT NULL, \n'
            '\tvalue VARCHAR, \n'
            '\tFOREIGN KEY(import_id) REFERENCES imports (id)\n'
            ')\n'
            '\n',
            'CREATE INDEX IF NOT EXISTS ix_customer_attributes_import_id ON customer_attributes (import_id)',
            'CREATE INDEX IF NOT EXISTS ix_customer_attributes_replace_key ON customer_attributes (replace_key)',
            '\n'
            'CREATE TABLE IF NOT EXISTS customers (\n'
            '\trow_id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n'
            '\timport_id INTEGER NOT NULL, \n'
            '\treplace_key VARCHAR NOT NULL, \n'
            '\tcustomer_id VARCHAR NOT NULL, \n'
            '\tname VARCHAR, \n'
            '\temail VARCHAR, \n'
            '\tphone VARCHAR, \n'
            '\tstatus VARCHAR, \n'
            '\tkind VARCHAR, \n'
            '\tindustry VARCHAR, \n'
            '\tcompany_size VARCHAR, \n'
            '\tage FLOAT, \n'
            '\tgender VARCHAR, \n'
            '\tmarital_status VARCHAR, \n'
            '\tincome_band VARCHAR, \n'
            '\teducation VARCHAR, \n'
            '\tcity VARCHAR, \n'
            '\tcountry VARCHAR, \n'
            '\tacquisition_channel VARCHAR, \n'
            '\tacquisition_cost FLOAT, \n'
            '\treferred_by VARCHAR, \n'
            '\tfirst_contact_date DATE, \n'
            '\tcontact_preference VARCHAR, \n'
            '\tcost_to_serve FLOAT, \n'
            '\tFOREIGN KEY(import_id) REFERENCES imports (id)\n'
            ')\n'
            '\n',
            'CREATE INDEX IF NOT EXISTS ix_customers_import_id ON customers (import_id)',
            'CREATE INDEX IF NOT EXISTS ix_customers_replace_key ON customers (replace_key)',
            '\n'
            'CREATE TABLE IF NOT EXISTS interactions (\n'
            '\trow_id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n'
            '\timport_id INTEGER NOT NULL, \n'
            '\treplace_key VARCHAR NOT NULL, \n'
            '\tcustomer_id VARCHAR NOT NULL, \n'
            '\thappened_at DATETIME, \n'
            '\tkind VARCHAR, \n'
            '\tnote VARCHAR, \n'
            '\tFOREIGN KEY(import_id) REFERENCES imports (id)\n'
            ')\n'
            '\n',
            'CREATE INDEX IF NOT EXISTS ix_interactions_import_id ON interactions (import_id)',
            'CREATE INDEX IF NOT EXISTS ix_interactions_replace_key ON interactions (replace_key)',
            '\n'
            'CREATE TABLE IF NOT EXISTS order_lines (\n'
            '\trow_id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n'
            '\timport_id INTEGER NOT NULL, \n'
            '\treplace_key VARCHAR NOT NULL, \n'
            '\torder_id VARCHAR, \n'
            '\tcustomer_id VARCHAR, \n'
            '\torder_date DATETIME, \n'
            '\tproduct_id VARCHAR, \n'
            '\tdescription VARCHAR, \n'
            '\tquantity FLOAT, \n'
            '\tunit_price FLOAT, \n'
            '\tamount FLOAT, \n'
            '\tunit_cost FLOAT, \n'
            '\tchannel VARCHAR, \n'
            '\tcountry VARCHAR, \n'
            '\tline_profit FLOAT, \n'
            '\tline_status VARCHAR, \n'
            '\tcurrency VARCHAR, \n'
            '\tname VARCHAR, \n'
            '\tFOREIGN KEY(import_id) REFERENCES imports (id)\n'
            ')\n'
            '\n',
            'CREATE INDEX IF NOT EXISTS ix_order_lines_import_id ON order_lines (import_id)',
            'CREATE INDEX IF NOT EXISTS ix_order_lines_replace_key ON order_lines (replace_key)',
            '\n'
            'CREATE TABLE IF NOT EXISTS survey_responses (\n'
            '\trow_id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n'
            '\timport_id INTEGER NOT NULL, \n'
            '\treplace_key VARCHAR NOT NULL, \n'
            '\tcustomer_id VARCHAR NOT NULL, \n'
            '\tresponse_date DATE, \n'
            '\taspect VARCHAR, \n'
            '\tsatisfaction FLOAT, \n'
            '\timportance FLOAT, \n'
            '\tnps FLOAT, \n'
            '\trepurchase_intent FLOAT, \n'
            '\tFOREIGN KEY(import_id) REFERENCES imports (id)\n'
            ')\n'
            '\n',
            'CREATE INDEX IF NOT EXISTS ix_survey_responses_import_id ON survey_responses (import_id)',
            'CREATE INDEX IF NOT EXISTS ix_survey_responses_replace_key ON survey_responses (replace_key)'),
 'postgresql': ('\n'
                'CREATE TABLE IF NOT EXISTS coupons_replaced (\n'
                '\trow_id INTEGER NOT NULL, \n'
                '\timport_id INTEGER, \n'
                '\treplace_key VARCHAR, \n'
                '\tcoupon_id VARCHAR, \n'
                '\tcustomer_id VARCHAR, \n'
                '\tissued_at DATE, \n'
                '\tredeemed_at DATE, \n'
                '\tcampaign VARCHAR, \n'
                '\treplaced_by INTEGER NOT NULL, \n'
                '\tPRIMARY KEY (row_id)\n'
                ')\n'
                '\n',
                'CREATE INDEX IF NOT EXISTS ix_coupons_replaced_import_id ON coupons_replaced (import_id)',
                'CREATE INDEX IF NOT EXISTS ix_coupons_replaced_replace_key ON coupons_replaced (replace_key)',
                'CREATE INDEX IF NOT EXISTS ix_coupons_replaced_replaced_by ON coupons_replaced (replaced_by)',
                '\n'
                'CREATE TABLE IF NOT EXISTS customer_attributes_replaced (\n'
                '\trow_id INTEGER NOT NULL, \n'
                '\timport_id INTEGER, \n'
                '\treplace_key VARCHAR, \n'
                '\tcustomer_id VARCHAR, \n'
                '\tname VARCHAR, \n'
                '\tvalue VARCHAR, \n'
                '\treplaced_by INTEGER NOT NULL, \n'
                '\tPRIMARY KEY (row_id)\n'
                ')\n'
                '\n',
                'CREATE INDEX IF NOT EXISTS ix_customer_attributes_replaced_import_id ON '
                'customer_attributes_replaced (import_id)',
                'CREATE INDEX IF NOT EXISTS ix_customer_attributes_replaced_replace_key ON '
                'customer_attributes_replaced (replace_key)',
                'CREATE INDEX IF NOT EXISTS ix_customer_attributes_replaced_replaced_by ON '
                'customer_attributes_replaced (replaced_by)',
                '\n'
                'CREATE TABLE IF NOT EXISTS customers_replaced (\n'
                '\trow_id INTEGER NOT NULL, \n'
                '\timport_id INTEGER, \n'
                '\treplace_key VARCHAR, \n'
                '\tcustomer_id VARCHAR, \n'
                '\tname VARCHAR, \n'
                '\temail VARCHAR, \n'
                '\tphone VARCHAR, \n'
                '\tstatus VARCHAR, \n'
                '\tkind VARCHAR, \n'
                '\tindustry VARCHAR, \n'
                '\tcompany_size VARCHAR, \n'
                '\tage FLOAT, \n'
                '\tgender VARCHAR, \n'
                '\tmarital_status VARCHAR, \n'
                '\tincome_band VARCHAR, \n'
                '\teducation VARCHAR, \n'
                '\tcity VARCHAR, \n'
                '\tcountry VARCHAR, \n'
                '\tacquisition_channel VARCHAR, \n'
                '\tacquisition_cost FLOAT, \n'
                '\treferred_by VARCHAR, \n'
                '\tfirst_contact_date DATE, \n'
                '\tcontact_preference VARCHAR, \n'
                '\tcost_to_serve FLOAT, \n'
                '\treplaced_by INTEGER NOT NULL, \n'
                '\tPRIMARY KEY (row_id)\n'
                ')\n'
                '\n',
                'CREATE INDEX IF NOT EXISTS ix_customers_replaced_import_id ON customers_replaced (import_id)',
                'CREATE INDEX IF NOT EXISTS ix_customers_replaced_replace_key ON customers_replaced (replace_key)',
                'CREATE INDEX IF NOT EXISTS ix_customers_replaced_replaced_by ON customers_replaced (replaced_by)',
                '\n'
                'CREATE TABLE IF NOT EXISTS extra_columns (\n'
                '\tid SERIAL NOT NULL, \n'
                '\ttable_name VARCHAR NOT NULL, \n'
                '\tname VARCHAR NOT NULL, \n'
                '\tdtype VARCHAR NOT NULL, \n'
                '\tcolumn_name VARCHAR NOT NULL, \n'
                '\tPRIMARY KEY (id), \n'
                '\tUNIQUE (table_name, name, dtype), \n'
                '\tUNIQUE (table_name, column_name)\n'
                ')\n'
                '\n',
                '\n'
                'CREATE TABLE IF NOT EXISTS imports (\n'
                '\tid SERIAL NOT NULL, \n'
                '\tfile_name VARCHAR NOT NULL, \n'
                '\tcontent_hash VARCHAR NOT NULL, \n'
                '\ttable_name VARCHAR NOT NULL, \n'
                '\tmapping VARCHAR NOT NULL, \n'
                '\tkind VARCHAR NOT NULL, \n'
                '\trows INTEGER NOT NULL, \n'
                '\treplaced_rows INTEGER NOT NULL, \n'
                '\timported_at TIMESTAMP WITH TIME ZONE NOT NULL, \n'
                '\tuser_host VARCHAR NOT NULL, \n'
                '\tundone_at TIMESTAMP WITH TIME ZONE, \n'
                '\treport VARCHAR NOT NULL, \n'
                "\textras VARCHAR DEFAULT '{}' NOT NULL, \n"
                '\tPRIMARY KEY (id)\n'
                ')\n'
                '\n',
                'CREATE INDEX IF NOT EXISTS ix_imports_content_hash ON imports (content_hash)',
                '\n'
                'CREATE TABLE IF NOT EXISTS interactions_replaced (\n'
                '\trow_id INTEGER NOT NULL, \n'
                '\timport_id INTEGER, \n'
                '\treplace_key VARCHAR, \n'
                '\tcustomer_id VARCHAR, \n'
                '\thappened_at TIMESTAMP WITH TIME ZONE, \n'
                '\tkind VARCHAR, \n'
                '\tnote VARCHAR, \n'
                '\treplaced_by INTEGER NOT NULL, \n'
                '\tPRIMARY KEY (row_id)\n'
                ')\n'
                '\n',
                'CREATE INDEX IF NOT EXISTS ix_interactions_replaced_import_id ON interactions_replaced '
                '(import_id)',
                'CREATE INDEX IF NOT EXISTS ix_interactions_replaced_replace_key ON interactions_replaced '
                '(replace_key)',
                'CREATE INDEX IF NOT EXISTS ix_interactions_replaced_replaced_by ON interactions_replaced '
                '(replaced_by)',
                '\n'
                'CREATE TABLE IF NOT EXISTS order_lines_replaced (\n'
                '\trow_id INTEGER NOT NULL, \n'
                '\timport_id INTEGER, \n'
                '\treplace_key VARCHAR, \n'
                '\torder_id VARCHAR, \n'
                '\tcustomer_id VARCHAR, \n'
                '\torder_date TIMESTAMP WITH TIME ZONE, \n'
                '\tproduct_id VARCHAR, \n'
                '\tdescription VARCHAR, \n'
                '\tquantity FLOAT, \n'
                '\tunit_price FLOAT, \n'
                '\tamount FLOAT, \n'
                '\tunit_cost FLOAT, \n'
                '\tchannel VARCHAR, \n'
                '\tcountry VARCHAR, \n'
                '\tline_profit FLOAT, \n'
                '\tline_status VARCHAR, \n'
                '\tcurrency VARCHAR, \n'
                '\tname VARCHAR, \n'
                '\treplaced_by INTEGER NOT NULL, \n'
                '\tPRIMARY KEY (row_id)\n'
                ')\n'
                '\n',
                'CREATE INDEX IF NOT EXISTS ix_order_lines_replaced_import_id ON order_lines_replaced (import_id)',
                'CREATE INDEX IF NOT EXISTS ix_order_lines_replaced_replace_key ON order_lines_replaced '
                '(replace_key)',
                'CREATE INDEX IF NOT EXISTS ix_order_lines_replaced_replaced_by ON order_lines_replaced '
                '(replaced_by)',
                '\n'
                'CREATE TABLE IF NOT EXISTS survey_responses_replaced (\n'
                '\trow_id INTEGER NOT NULL, \n'
                '\timport_id INTEGER, \n'
                '\treplace_key VARCHAR, \n'
                '\tcustomer_id VARCHAR, \n'
                '\tresponse_date DATE, \n'
                '\taspect VARCHAR, \n'
                '\tsatisfaction FLOAT, \n'
                '\timportance FLOAT, \n'
                '\tnps FLOAT, \n'
                '\trepurchase_intent FLOAT, \n'
                '\treplaced_by INTEGER NOT NULL, \n'
                '\tPRIMARY KEY (row_id)\n'
                ')\n'
                '\n',
                'CREATE INDEX IF NOT EXISTS ix_survey_responses_replaced_import_id ON survey_responses_replaced '
                '(import_id)',
                'CREATE INDEX IF NOT EXISTS ix_survey_responses_replaced_replace_key ON survey_responses_replaced '
                '(replace_key)',
                'CREATE INDEX IF NOT EXISTS ix_survey_responses_replaced_replaced_by ON survey_responses_replaced '
                '(replaced_by)',
                '\n'
                'CREATE TABLE IF NOT EXISTS workspace_settings (\n'
                '\tid INTEGER NOT NULL, \n'
                '\tdefault_margin FLOAT NOT NULL, \n'
                '\tcurrency VARCHAR, \n'
                '\tas_of DATE, \n'
                '\tabc_a FLOAT NOT NULL, \n'
                '\tabc_b FLOAT NOT NULL, \n'
                '\tclv_horizon_months INTEGER NOT NULL, \n'
                '\tannual_discount_rate FLOAT NOT NULL, \n'
                '\tschema_version INTEGER NOT NULL, \n'
                '\tpseudonym_key VARCHAR, \n'
                "\tcancellation_rule VARCHAR DEFAULT 'auto' NOT NULL, \n"
                '\tfiscal_year_start INTEGER, \n'
                "\tfiscal_year_named_by VARCHAR DEFAULT 'end' NOT NULL, \n"
                '\tPRIMARY KEY (id)\n'
                ')\n'
                '\n',
                '\n'
                'CREATE TABLE IF NOT EXISTS coupons (\n'
                '\trow_id SERIAL NOT NULL, \n'
                '\timport_id INTEGER NOT NULL, \n'
                '\treplace_key VARCHAR NOT NULL, \n'
                '\tcoupon_id VARCHAR NOT NULL, \n'
                '\tcustomer_id VARCHAR, \n'
                '\tissued_at DATE, \n'
                '\tredeemed_at DATE, \n'
                '\tcampaign VARCHAR, \n'
                '\tPRIMARY KEY (row_id), \n'
                '\tFOREIGN KEY(import_id) REFERENCES imports (id)\n'
                ')\n'
                '\n',
                'CREATE INDEX IF NOT EXISTS ix_coupons_import_id ON coupons (import_id)',
                'CREATE INDEX IF NOT EXISTS ix_coupons_replace_key ON coupons (replace_key)',
                '\n'
                'CREATE TABLE IF NOT EXISTS customer_attributes (\n'
                '\trow_id SERIAL NOT NULL, \n'
                '\timport_id INTEGER NOT NULL, \n'
                '\treplace_key VARCHAR NOT NULL, \n'
                '\tcustomer_id VARCHAR NOT NULL, \n'
                '\tname VARCHAR NOT NULL, \n'
                '\tvalue VARCHAR, \n'
                '\tPRIMARY KEY (row_id), \n'
                '\tFOREIGN KEY(import_id) REFERENCES imports (id)\n'
                ')\n'
                '\n',
                'CREATE INDEX IF NOT EXISTS ix_customer_attributes_import_id ON customer_attributes (import_id)',
                'CREATE INDEX IF NOT EXISTS ix_customer_attributes_replace_key ON customer_attributes '
                '(replace_key)',
                '\n'
                'CREATE TABLE IF NOT EXISTS customers (\n'
                '\trow_id SERIAL NOT NULL, \n'
                '\timport_id INTEGER NOT NULL, \n'
                '\treplace_key VARCHAR NOT NULL, \n'
                '\tcustomer_id VARCHAR NOT NULL, \n'
                '\tname VARCHAR, \n'
                '\temail VARCHAR, \n'
                '\tphone VARCHAR, \n'
                '\tstatus VARCHAR, \n'
                '\tkind VARCHAR, \n'
                '\tindustry VARCHAR, \n'
                '\tcompany_size VARCHAR, \n'
                '\tage FLOAT, \n'
                '\tgender VARCHAR, \n'
                '\tmarital_status VARCHAR, \n'
                '\tincome_band VARCHAR, \n'
                '\teducation VARCHAR, \n'
                '\tcity VARCHAR, \n'
                '\tcountry VARCHAR, \n'
                '\tacquisition_channel VARCHAR, \n'
                '\tacquisition_cost FLOAT, \n'
                '\treferred_by VARCHAR, \n'
                '\tfirst_contact_date DATE, \n'
                '\tcontact_preference VARCHAR, \n'
                '\tcost_to_serve FLOAT, \n'
                '\tPRIMARY KEY (row_id), \n'
                '\tFOREIGN KEY(import_id) REFERENCES imports (id)\n'
                ')\n'
                '\n',
                'CREATE INDEX IF NOT EXISTS ix_customers_import_id ON customers (import_id)',
                'CREATE INDEX IF NOT EXISTS ix_customers_replace_key ON customers (replace_key)',
                '\n'
                'CREATE TABLE IF NOT EXISTS interactions (\n'
                '\trow_id SERIAL NOT NULL, \n'
                '\timport_id INTEGER NOT NULL, \n'
                '\treplace_key VARCHAR NOT NULL, \n'
                '\tcustomer_id VARCHAR NOT NULL, \n'
                '\thappened_at TIMESTAMP WITH TIME ZONE, \n'
                '\tkind VARCHAR, \n'
                '\tnote VARCHAR, \n'
                '\tPRIMARY KEY (row_id), \n'
                '\tFOREIGN KEY(import_id) REFERENCES imports (id)\n'
                ')\n'
                '\n',
                'CREATE INDEX IF NOT EXISTS ix_interactions_import_id ON interactions (import_id)',
                'CREATE INDEX IF NOT EXISTS ix_interactions_replace_key ON interactions (replace_key)',
                '\n'
                'CREATE TABLE IF NOT EXISTS order_lines (\n'
                '\trow_id SERIAL NOT NULL, \n'
                '\timport_id INTEGER NOT NULL, \n'
                '\treplace_key VARCHAR NOT NULL, \n'
                '\torder_id VARCHAR, \n'
                '\tcustomer_id VARCHAR, \n'
                '\torder_date TIMESTAMP WITH TIME ZONE, \n'
                '\tproduct_id VARCHAR, \n'
                '\tdescription VARCHAR, \n'
                '\tquantity FLOAT, \n'
                '\tunit_price FLOAT, \n'
                '\tamount FLOAT, \n'
                '\tunit_cost FLOAT, \n'
                '\tchannel VARCHAR, \n'
                '\tcountry VARCHAR, \n'
                '\tline_profit FLOAT, \n'
                '\tline_status VARCHAR, \n'
                '\tcurrency VARCHAR, \n'
                '\tname VARCHAR, \n'
                '\tPRIMARY KEY (row_id), \n'
                '\tFOREIGN KEY(import_id) REFERENCES imports (id)\n'
                ')\n'
                '\n',
                'CREATE INDEX IF NOT EXISTS ix_order_lines_import_id ON order_lines (import_id)',
                'CREATE INDEX IF NOT EXISTS ix_order_lines_replace_key ON order_lines (replace_key)',
                '\n'
                'CREATE TABLE IF NOT EXISTS survey_responses (\n'
                '\trow_id SERIAL NOT NULL, \n'
                '\timport_id INTEGER NOT NULL, \n'
                '\treplace_key VARCHAR NOT NULL, \n'
                '\tcustomer_id VARCHAR NOT NULL, \n'
                '\tresponse_date DATE, \n'
                '\taspect VARCHAR, \n'
                '\tsatisfaction FLOAT, \n'
                '\timportance FLOAT, \n'
                '\tnps FLOAT, \n'
                '\trepurchase_intent FLOAT, \n'
                '\tPRIMARY KEY (row_id), \n'
                '\tFOREIGN KEY(import_id) REFERENCES imports (id)\n'
                ')\n'
                '\n',
                'CREATE INDEX IF NOT EXISTS ix_survey_responses_import_id ON survey_responses (import_id)',
                'CREATE INDEX IF NOT EXISTS ix_survey_responses_replace_key ON survey_responses (replace_key)')}
