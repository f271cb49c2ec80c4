/*
 * GraphiQL for the Hebei Industry Atlas: opens on the `welcome` example, and lists every example operation of
 * graphql/operations/ (fetched from the server, so the list follows the build) in an "Examples" panel where one
 * click opens the example in its own tab and runs it.
 */
(function () {
	'use strict';

	const h = React.createElement;
	const container = document.getElementById('graphiql');
	const graphqlPath = container.dataset.graphqlPath;
	const examplesPath = container.dataset.examplesPath;
	const WELCOME = 'welcome';

	function variablesText(example) {
		return Object.keys(example.variables).length ? JSON.stringify(example.variables, null, 2) : '';
	}

	function ExamplesIcon() {
		return h('svg', { viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, 'aria-hidden': true },
			h('path', { d: 'M5 6h14M5 12h14M5 18h9', strokeLinecap: 'round' }));
	}

	function examplesPlugin(examples) {
		function ExamplesPanel() {
			const editor = GraphiQL.React.useEditorContext({ nonNull: true });
			const execution = GraphiQL.React.useExecutionContext({ nonNull: true });
			const [pending, setPending] = React.useState(null);

			// A tab opened with addTab() is active, with empty editors, only after the next render: fill it in then.
			React.useEffect(() => {
				if (!pending || editor.activeTabIndex !== pending.tab || !editor.queryEditor) {
					return;
				}
				editor.queryEditor.setValue(pending.example.query);
				if (editor.variableEditor) {
					editor.variableEditor.setValue(variablesText(pending.example));
				}
				if (editor.headerEditor && pending.headers) {
					editor.headerEditor.setValue(pending.headers);
				}
				// The editor learns the operation name of a new document only after a delay; until then it would
				// send the previous tab's name along with this document.
				editor.queryEditor.operationName = null;
				setPending(null);
				execution.run();
			}, [pending, editor.activeTabIndex, editor.queryEditor]);

			function open(example) {
				// Headers typed once, such as a curator's credentials, go along to the example's tab.
				const headers = editor.headerEditor ? editor.headerEditor.getValue() : '';
				const existing = editor.tabs.findIndex((tab) => tab.query === example.query);
				if (existing >= 0) {
					editor.changeTab(existing);
					setPending({ example, headers, tab: existing });
				}
				else {
					editor.addTab();
					setPending({ example, headers, tab: editor.tabs.length });
				}
			}

			return h('div', { className: 'atlas-examples' },
				h('div', { className: 'graphiql-doc-explorer-title' }, 'Examples'),
				h('p', null, 'Each example opens in its own tab and runs. Its file is in graphql/operations/. '
					+ 'Writes need a curator: put an Authorization header in Headers first.'),
				h('ul', null, examples.map((example) => h('li', { key: example.name },
					h('button', { type: 'button', 'data-example': example.name, onClick: () => open(example) },
						h('span', { className: 'atlas-example-name' }, example.name,
							example.operation === 'mutation' ? h('span', { className: 'atlas-example-badge' }, 'curator') : null),
						h('span', { className: 'atlas-example-description' }, example.description))))));
		}
		return { title: 'Examples', icon: ExamplesIcon, content: ExamplesPanel };
	}

	function render(examples) {
		const welcome = examples.find((example) => example.name === WELCOME);
		const plugin = examplesPlugin(welcome ? [welcome, ...examples.filter((example) => example !== welcome)] : examples);
		const props = {
			fetcher: GraphiQL.createFetcher({ url: graphqlPath }),
			plugins: [plugin],
			visiblePlugin: plugin,
			defaultEditorToolsVisibility: true,
			// The docs explorer opens on the schema's description of the Atlas.
			schemaDescription: true,
			isHeadersEditorEnabled: true,
			// Headers may carry a curator's credentials: keep them out of local storage unless the user opts in.
			shouldPersistHeaders: false,
		};
		if (welcome) {
			props.defaultQuery = welcome.query;
		}
		ReactDOM.createRoot(container).render(h(GraphiQL, props));
	}

	fetch(examplesPath, { headers: { Accept: 'application/json' } })
		.then((response) => (response.ok ? response.json() : []))
		.catch(() => [])
		.then(render);
})();
